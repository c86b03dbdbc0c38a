"""gongkai.convert: the CLI's JSON document as a dict, exact decimals, errors naming the file."""

import decimal
import json
import subprocess

import pytest

import gongkai


def test_convert_json_is_the_cli_json(seed, cli):
    printed = subprocess.run([str(cli), "convert", str(seed), "-o", "-", "--quiet"],
                             check=True, capture_output=True).stdout.decode("utf-8")
    assert gongkai.convert_json(seed) == printed
    assert gongkai.convert(seed) == json.loads(printed, parse_float=decimal.Decimal)


def test_convert_reads_the_seed(seed):
    doc = gongkai.convert(str(seed))
    assert doc["document"]["department"] == "山西省人民政府外事办公室"
    assert doc["document"]["year"] == 2024
    assert doc["document"]["kind"] == "budget"
    summary = doc["tables"][0]
    assert summary["kind"] == "income_expenditure_summary"
    assert summary["unit"] == "万元"
    first = summary["rows"][0]
    assert first[0] == "一、一般公共预算"
    assert first[1] == decimal.Decimal("4603.53")  # exact, never a float
    assert isinstance(first[1], decimal.Decimal)
    assert len(doc["checks"]) > 300
    assert all(c["verdict"] in ("ok", "rounding") for c in doc["checks"])


def test_compact_json_is_one_line(seed):
    assert gongkai.convert_json(seed, pretty=False).count("\n") == 1


def test_error_names_the_file(tmp_path):
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"<html>not found</html>")
    with pytest.raises(gongkai.Error) as raised:
        gongkai.convert(broken)
    assert str(broken) in str(raised.value)
    assert raised.value.file == str(broken)
    assert raised.value.page == 0


def test_missing_file_is_an_error(tmp_path):
    with pytest.raises(gongkai.Error, match="missing.txt"):
        gongkai.convert(tmp_path / "missing.txt")


def test_error_survives_pickling(tmp_path):
    # A Dask worker sends the error back to the client pickled.
    import pickle

    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"<html>")
    with pytest.raises(gongkai.Error) as raised:
        gongkai.convert_json(broken)
    again = pickle.loads(pickle.dumps(raised.value))
    assert isinstance(again, gongkai.Error)
    assert str(again) == str(raised.value) and again.file == str(broken)


def test_pages_as_the_cli_reads_them(seed, cli):
    pdf = seed.with_name("sx-wsb-2024-budget-ruled.pdf")
    printed = subprocess.run([str(cli), "convert", str(pdf), "--pages", "5-7,9", "-o", "-", "-q"],
                             check=True, capture_output=True).stdout.decode("utf-8")
    assert gongkai.convert_json(pdf, pages=[9, *range(5, 8)]) == printed
    doc = gongkai.convert(pdf, pages=[5, 6, 7, 9])
    assert doc["source"]["selected_pages"] == [5, 6, 7, 9]
    assert {p for t in doc["tables"] for p in t["pages"]} <= {5, 6, 7, 9}


def test_a_page_beyond_the_document_is_an_error(seed):
    pdf = seed.with_name("sx-wsb-2024-budget-ruled.pdf")
    with pytest.raises(gongkai.Error, match="page 38 is out of range") as raised:
        gongkai.convert(pdf, pages=[38])
    assert str(pdf) in str(raised.value)


def test_password_opens_an_encrypted_pdf(seed, tmp_path):
    import shutil

    if not shutil.which("qpdf"):
        pytest.skip("qpdf is not installed: the encrypted PDF cannot be made")
    locked = tmp_path / "locked.pdf"
    subprocess.run(["qpdf", "--encrypt", "user-pw", "owner-pw", "256", "--",
                    str(seed.with_name("sx-wsb-2024-budget-ruled.pdf")), str(locked)], check=True)
    with pytest.raises(gongkai.Error, match="encrypted"):
        gongkai.convert(locked)
    doc = gongkai.convert(locked, password="user-pw")
    assert doc["document"]["department"] == "山西省人民政府外事办公室"

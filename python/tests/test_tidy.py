"""gongkai.tidy: the tidy rows as a DataFrame, codes as text, exact Decimal amounts."""

import decimal

import pytest

import gongkai

pd = pytest.importorskip("pandas", reason="python3-pandas is not installed: gongkai.tidy needs it")

D = decimal.Decimal


@pytest.fixture(scope="module")
def rows(seed):
    return gongkai.tidy(seed)


def test_columns_are_tidy_csv_columns(rows):
    assert list(rows.columns) == gongkai.tidy_columns()
    assert gongkai.tidy_columns()[:3] == ["document", "department", "year"]


def test_the_seed_document(rows):
    assert set(rows["document"]) == {"sx-wsb-2024-budget.txt"}
    assert set(rows["department"].dropna()) == {"山西省人民政府外事办公室"}
    assert set(rows["year"]) == {2024}
    assert str(rows["year"].dtype) == "Int64"
    assert set(rows["document_kind"]) == {"budget"}


def test_amounts_are_exact_decimals(rows):
    general = rows[(rows["row_label"] == "一、一般公共预算") & (rows["table_kind"] ==
                                                          "income_expenditure_summary")]
    assert list(general["value"]) == [D("4603.53")]
    assert isinstance(general["value"].iloc[0], decimal.Decimal)
    assert list(general["value_yuan"]) == [D("46035300")]
    assert list(general["unit"]) == ["万元"]
    assert str(general["value"].iloc[0]) == "4603.53"


def test_codes_are_text(rows):
    assert all(isinstance(c, str) for c in rows["row_code"].dropna())
    admin = rows[(rows["row_code"] == "2010301") & (rows["column_role"] == "total")]
    assert not admin.empty
    assert set(admin["row_level"]) == {"项"}
    assert D("1586.72") in set(admin["value"])


def test_null_is_none(rows):
    # Only 机关运行经费 is printed by 预算单位 in the seed: its 4 amounts name their unit.
    assert rows["budget_unit"].notna().sum() == 4
    for name in rows.columns:
        if rows[name].dtype == object:
            assert all(v is None or v != "" for v in rows[name]), name
            assert all(v is None or not isinstance(v, float) for v in rows[name]), name
    assert rows["is_total"].dtype == bool
    assert rows["is_total"].any()


def test_as_the_cli_writes_tidy_csv(seed, cli, tmp_path):
    import csv
    import subprocess

    subprocess.run([str(cli), "convert", str(seed), "-o", str(tmp_path), "--quiet"], check=True)
    with open(tmp_path / "tidy.csv", encoding="utf-8", newline="") as f:
        printed = list(csv.DictReader(f))
    rows = gongkai.tidy(seed)
    assert len(printed) == len(rows)
    assert [r["value"] for r in printed] == [str(v) for v in rows["value"]]
    assert [r["row_code"] or None for r in printed] == list(rows["row_code"])
    assert sum(D(r["value_yuan"]) for r in printed if r["value_yuan"]) == sum(
        rows["value_yuan"].dropna())


def test_questions_on_the_typed_frame(rows):
    # The README's one-line answers (a) and (c), on gongkai.tidy's typed columns.
    a = rows[(rows.table_kind == "general_budget_expenditure") & rows.is_total &
             rows.budget_unit.isna() & (rows.column_role == "total")]
    assert list(a.value) == [D("4603.53")] and list(a.value_yuan) == [D("46035300")]
    c = rows[(rows.row_code == "2010301") & (rows.column_role == "total") &
             (rows.table_kind == "general_budget_expenditure")]
    assert list(c.value) == [D("1586.72")]
    assert sum(rows[rows.table_kind == "three_public_expenses"].value_yuan.dropna()) > 0

"""The Dask example (python/examples/dask_batch.py) on a local cluster of 2 worker processes over
samples/: its partitioned CSV holds the rows of the command line's tidy.csv, totals exact."""

import collections
import csv
import decimal
import os
import subprocess
import sys

import pytest

from conftest import SAMPLES, SOURCE_DIR

pytest.importorskip("pandas", reason="python3-pandas is not installed")
pytest.importorskip("dask.bag", reason="python3-dask is not installed")
pytest.importorskip("distributed", reason="python3-distributed is not installed")

SCRIPT = SOURCE_DIR / "python" / "examples" / "dask_batch.py"


def read_rows(paths):
    rows = []
    for path in paths:
        with open(path, encoding="utf-8", newline="") as f:
            rows.extend(csv.DictReader(f))
    return rows


def totals(rows):
    """Σ value_yuan per document, exact."""
    sums = collections.defaultdict(decimal.Decimal)
    for r in rows:
        if r["value_yuan"]:
            sums[r["document"]] += decimal.Decimal(r["value_yuan"])
    return dict(sums)


def test_dask_batch_equals_the_cli(cli, tmp_path):
    subprocess.run([str(cli), "convert", str(SAMPLES), "-o", str(tmp_path / "cli"), "--quiet"],
                   check=True)
    run = subprocess.run([sys.executable, str(SCRIPT), str(SAMPLES), "-o", str(tmp_path / "dask"),
                          "--local-workers", "2", "--memory-limit", "1GiB"],
                         capture_output=True, text=True, env=os.environ, timeout=300)
    assert run.returncode == 0, run.stderr
    parts = sorted((tmp_path / "dask").glob("tidy-*.csv"))
    assert len(parts) >= 2  # partitions of the bag (2 per worker asked)

    by_cli = read_rows([tmp_path / "cli" / "tidy.csv"])
    by_dask = read_rows(parts)
    assert totals(by_dask) == totals(by_cli)
    assert totals(by_cli)["sx-wsb-2024-budget.txt"] > 0
    assert len(totals(by_cli)) == 9  # the seed's four and samples/lab's five
    # Not only the totals: the same rows, field for field.
    key = lambda r: tuple(r.values())
    assert sorted(by_dask, key=key) == sorted(by_cli, key=key)

"""The GIL is released while a file converts: threads convert together and agree."""

import concurrent.futures

import pytest

import gongkai
from gongkai import _gongkai


def test_pipeline_runs_without_the_gil(seed):
    gongkai.convert_json(seed)
    assert _gongkai._gil_held_during_last_convert() is False


def test_two_threads_convert_the_same_documents(seed):
    files = [seed, seed.with_name("sx-wsb-2024-budget-ruled.pdf")] * 2
    with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
        results = list(pool.map(gongkai.convert_json, files))
    assert results[0] == results[2] and results[1] == results[3]
    assert results[0] == gongkai.convert_json(seed)


def test_tidy_runs_without_the_gil(seed):
    pytest.importorskip("pandas", reason="python3-pandas is not installed: gongkai.tidy needs it")
    gongkai.tidy(seed)
    assert _gongkai._gil_held_during_last_convert() is False

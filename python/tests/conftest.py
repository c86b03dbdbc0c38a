"""Where the tests find the repository's samples and the built command line."""

import os
import pathlib

import pytest

SOURCE_DIR = pathlib.Path(os.environ.get("GONGKAI_SOURCE_DIR", pathlib.Path(__file__).parents[2]))
BINARY_DIR = pathlib.Path(os.environ.get("GONGKAI_BINARY_DIR", SOURCE_DIR / "build"))
SAMPLES = SOURCE_DIR / "samples"
SEED = SAMPLES / "sx-wsb-2024-budget.txt"


@pytest.fixture(scope="session")
def seed():
    return SEED


@pytest.fixture(scope="session")
def cli():
    path = BINARY_DIR / "gongkai"
    if not path.exists():
        pytest.skip(f"{path} is not built")
    return path

"""Runs pytest for CTest: exit code 77 (CTest's skip) where pytest is not installed."""

import sys

try:
    import pytest
except ImportError:
    print("python3-pytest is not installed: the Python tests are skipped (scripts/setup installs it)")
    sys.exit(77)

# No cache folder in the source tree; quiet, with the reasons of skips.
sys.exit(pytest.main(["-q", "-rs", "-p", "no:cacheprovider", *sys.argv[1:]]))

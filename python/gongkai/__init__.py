"""gongkai: Chinese government budget disclosures (部门预算/决算公开) as exact, checked data.

The same C++ pipeline as the command line ``gongkai``, without the GIL while it converts (Python
threads convert files in parallel)::

    import gongkai
    doc = gongkai.convert("samples/sx-wsb-2024-budget.txt")   # the JSON document, as a dict
    doc["document"]["department"]                             # '山西省人民政府外事办公室'
    rows = gongkai.tidy("samples/sx-wsb-2024-budget.txt")     # a pandas DataFrame, one row per amount

Amounts are exact: a number with a fraction comes back as ``decimal.Decimal`` (``Decimal('4603.53')``),
never as a float. A file that cannot be converted raises ``gongkai.Error``, whose message names
the file and the page.
"""

import decimal as _decimal
import json as _json
import os as _os

from ._gongkai import Error, __version__, tidy_columns
from ._gongkai import convert_json as _convert_json, tidy_data as _tidy_data

__all__ = ["Error", "convert", "convert_json", "tidy", "tidy_columns", "__version__"]


def _read_args(pages, password):
    return ([] if pages is None else [int(p) for p in pages]), (password or "")


def convert_json(path, *, pretty=True, pages=None, password=None, timeout=None):
    """The JSON document of one file (PDF or tab-separated text), exactly as
    ``gongkai convert FILE -o -`` prints it (``pretty=False``: on one line, as ``--compact``).

    The options of every function here, as the command line's:

    - ``pages``: the 1-based pages to read (``[*range(3, 10), 12]`` for ``--pages 3-9,12``);
      None: every page. A page beyond the document raises Error.
    - ``password``: opens an encrypted PDF (its owner or its user password).
    - ``timeout``: seconds allowed for the file (None: no limit); a file over it raises Error.
    """
    return _convert_json(_os.fspath(path), pretty, *_read_args(pages, password), timeout)


def convert(path, *, pages=None, password=None, timeout=None):
    """The JSON document of one file as a dict: ``source``, ``document``, ``tables``, ``checks``,
    ``figures``, ``diagnostics`` (README, "Output"); options as ``convert_json``'s.

    Numbers with a fraction (amounts, differences) are ``decimal.Decimal``, exactly as printed;
    whole numbers are ``int``. For the JSON text itself, use ``convert_json``.
    """
    text = _convert_json(_os.fspath(path), False, *_read_args(pages, password), timeout)
    return _json.loads(text, parse_float=_decimal.Decimal)


def tidy(path, *, document=None, pages=None, password=None, timeout=None):
    """The tidy rows of one file as a pandas DataFrame: one row per amount, the columns of
    ``tidy.csv`` in its order (``tidy_columns()``; their meaning: docs/columns.md).

    - ``value`` and ``value_yuan`` are ``decimal.Decimal``, exact as printed
      (``Decimal('4603.53')``, ``Decimal('46035300')``); sum them with ``sum(...)`` or
      ``.sum()`` on the object column, never through float;
    - codes and names are ``str`` (``row_code`` '2010301', never a number); ``is_total`` is bool;
      ``year``, ``page`` and ``column_year`` are pandas' nullable ``Int64``;
    - NULL (nothing printed, or not known) is ``None`` (``<NA>`` in the Int64 columns).

    ``document`` fills the ``document`` column (default: the file's name, as the command line
    writes it for a file named by itself; give the path below a folder to match a folder's run).
    ``pages``, ``password`` and ``timeout`` as ``convert_json``'s.
    """
    import pandas as pd

    path = _os.fspath(path)
    if document is None:
        document = _os.path.basename(path)
    rows = _tidy_data(path, document, *_read_args(pages, password), timeout)
    frame = pd.DataFrame(rows["data"], columns=rows["columns"])
    for name, kind in zip(rows["columns"], rows["kinds"]):
        if kind == "int":
            frame[name] = frame[name].astype("Int64")
        elif kind == "bool":
            frame[name] = frame[name].astype(bool)
        elif kind == "decimal":
            frame[name] = frame[name].map(lambda v: None if v is None else _decimal.Decimal(v))
    return frame

"""gongkai: Chinese government budget disclosures (部门预算/决算公开) as exact, checked data.

The same C++ pipeline as the command line ``gongkai``, without the GIL while it converts (Python
threads convert files in parallel)::

    import gongkai
    doc = gongkai.convert("samples/sx-wsb-2024-budget.txt")   # the JSON document, as a dict
    doc["document"]["department"]                             # '山西省人民政府外事办公室'

Amounts are exact: a number with a fraction comes back as ``decimal.Decimal`` (``Decimal('4603.53')``),
never as a float. A file that cannot be converted raises ``gongkai.Error``, whose message names
the file and the page.
"""

import decimal as _decimal
import json as _json
import os as _os

from ._gongkai import Error, __version__, convert_json as _convert_json

__all__ = ["Error", "convert", "convert_json", "__version__"]


def convert_json(path, *, pretty=True, timeout=None):
    """The JSON document of one file (PDF or tab-separated text), exactly as
    ``gongkai convert FILE -o -`` prints it (``pretty=False``: on one line, as ``--compact``).

    ``timeout``: seconds allowed for the file (None: no limit); a file over it raises Error.
    """
    return _convert_json(_os.fspath(path), pretty, timeout)


def convert(path, *, timeout=None):
    """The JSON document of one file as a dict: ``source``, ``document``, ``tables``, ``checks``,
    ``figures``, ``diagnostics`` (README, "Output").

    Numbers with a fraction (amounts, differences) are ``decimal.Decimal``, exactly as printed;
    whole numbers are ``int``. For the JSON text itself, use ``convert_json``.
    """
    return _json.loads(_convert_json(_os.fspath(path), False, timeout), parse_float=_decimal.Decimal)

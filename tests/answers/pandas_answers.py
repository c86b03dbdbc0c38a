#!/usr/bin/python3
"""The README's one-line pandas answers, run as printed on the seed's tidy.csv.

Usage: pandas_answers.py GONGKAI_BINARY SOURCE_DIR
Converts samples/sx-wsb-2024-budget.txt with the CLI into a scratch folder, reads the python
blocks of the README's "One-line answers" section (the set-up, then (a), (b), (c)) and evaluates
them there. Exits 77 (skipped, as CTest is told) when pandas is not installed.
"""
import os
import re
import subprocess
import sys
import tempfile
from decimal import Decimal

try:
    import pandas  # noqa: F401
except ImportError:
    print("pandas is not installed (Debian: python3-pandas): skipped")
    sys.exit(77)


def readme_blocks(source_dir, lang):
    text = open(os.path.join(source_dir, "README.md"), encoding="utf-8").read()
    section = text[text.index("\n## One-line answers"):]
    section = section[: section.index("\n## ", 1)]
    return re.findall(r"```" + lang + r"\n(.*?)```", section, re.S)


def main():
    gongkai, source_dir = sys.argv[1], sys.argv[2]
    setup, a, b, c = readme_blocks(source_dir, "python")
    with tempfile.TemporaryDirectory() as scratch:
        seed = os.path.join(source_dir, "samples", "sx-wsb-2024-budget.txt")
        subprocess.run([gongkai, "convert", "-q", seed, "-o", os.path.join(scratch, "out")],
                       check=True)
        os.chdir(scratch)
        scope = {}
        exec(setup, scope)

        total = eval(a, scope)
        assert len(total) == 1, total
        row = total.iloc[0]
        assert (row.department, row.year) == ("山西省人民政府外事办公室", "2024"), row
        assert (row.value, row.unit, row.value_yuan) == ("4603.53", "万元", "46035300"), row

        items = eval(b, scope)
        by_item = {key[-1]: value for key, value in items.items()}
        assert sum(by_item.values()) == Decimal("5777700"), by_item  # 577.77 万元
        assert by_item["因公出国（境）"] == Decimal("4830000"), by_item  # 483.00 万元
        assert by_item["公务接待"] == Decimal("764700"), by_item

        rows = eval(c, scope)
        function_class = rows[rows.table_kind == "general_budget_expenditure"]
        assert list(function_class.value) == ["1586.72"], rows
        assert list(function_class.value_yuan) == ["15867200"], rows
    print("the README's pandas answers hold on the seed")
    shenzhen_b(gongkai, source_dir, setup, b)


def shenzhen_b(gongkai, source_dir, setup, b):
    """(b) on gd-sz-czj-2026-budget.pdf p.38: the year in a row, each item split by fund."""
    pdf = os.path.join(source_dir, "..", "shared", "corpus", "real", "gd-sz-czj-2026-budget.pdf")
    if not os.path.exists(pdf):
        print("../shared/corpus is absent: the Shenzhen-style (b) skipped")
        return
    with tempfile.TemporaryDirectory() as scratch:
        subprocess.run([gongkai, "convert", "-q", pdf, "-o", os.path.join(scratch, "out")],
                       check=True)
        os.chdir(scratch)
        scope = {}
        exec(setup, scope)
        items = {key[-1]: value for key, value in eval(b, scope).items()}
        # The 2026年 row, in 万元: 41.60, 9.46, 0.00, 7.40 (58.46 in all, its 总计).
        assert items == {"因公出国（境）": Decimal("416000"), "公务接待": Decimal("94600"),
                         "公务用车购置": Decimal("0"), "公务用车运行": Decimal("74000")}, items
    print("the README's (b) holds on a Shenzhen-style table")


if __name__ == "__main__":
    main()

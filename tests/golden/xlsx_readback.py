#!/usr/bin/python3
"""Reads a workbook gongkai wrote (--xlsx) back with openpyxl and compares every sheet with the
JSON of the same document: titles and metadata, header rows, every cell (amounts as numbers
equal to the exact decimal, with its printed decimal places as the number format; codes and
names as text; empty cells empty), and the checks sheet with the failed checks.

    xlsx_readback.py DOC.xlsx DOC.json [SHEET!CELL ...]

Prints one line per probe (`probe 1!B5 n 4603.53 0.00`: type, value, number format) and a
summary; exits 1 listing the differences, 77 when openpyxl is not installed.
"""
import json
import re
import sys
from decimal import Decimal

try:
    import openpyxl
except ImportError:
    print("python3-openpyxl is not installed: skipped")
    sys.exit(77)

HEADER_ROW = 4  # 1-based: title, metadata, (a note), then the header row (emit/xlsx.h)
FAILED = ("source_error", "parse_doubt")


def number_format(v):
    places = max(0, -v.as_tuple().exponent)
    return "0." + "0" * places if places else "0"


def significant_digits(v):
    digits = v.as_tuple().digits
    return len("".join(map(str, digits)).lstrip("0").rstrip("0"))


def page_list(pages):
    out, i = [], 0
    while i < len(pages):
        j = i
        while j + 1 < len(pages) and pages[j + 1] == pages[j] + 1:
            j += 1
        out.append(str(pages[i]) if j == i else f"{pages[i]}-{pages[j]}")
        i = j + 1
    return ", ".join(out)


class Compare:
    def __init__(self):
        self.errors = []
        self.cells = 0

    def expect(self, ok, where, what):
        if not ok:
            self.errors.append(f"{where}: {what}")

    def amount(self, cell, v, where):
        """An exact decimal: a number (the nearest double) shown with its printed decimals, or
        its printed text when a double cannot hold it to 15 significant digits."""
        if significant_digits(v) > 15:
            self.expect(cell.data_type == "s" and cell.value == str(v), where,
                        f"{v} should be kept as text, found {cell.value!r}")
            return
        self.expect(cell.data_type == "n" and isinstance(cell.value, (int, float)), where,
                    f"{v} should be a number, found {cell.value!r} ({cell.data_type})")
        if isinstance(cell.value, (int, float)):
            self.expect(Decimal(repr(float(cell.value))) == v, where,
                        f"number {cell.value!r} is not exactly {v}")
            self.expect(cell.number_format == number_format(v), where,
                        f"format {cell.number_format!r}, printed {v} wants {number_format(v)!r}")

    def text(self, cell, v, where):
        self.expect(cell.data_type == "s" and cell.value == v, where,
                    f"text {v!r} expected, found {cell.value!r} ({cell.data_type})")

    def value(self, cell, v, role, where):
        self.cells += 1
        if v is None:
            self.expect(cell.value is None, where, f"empty expected, found {cell.value!r}")
        elif isinstance(v, Decimal) and role == "amount":
            self.amount(cell, v, where)
        else:  # a name, a code, or a number printed in a code column: text as printed
            self.text(cell, str(v), where)

    def table(self, ws, index, t):
        name = ws.title
        self.expect(name.startswith(f"{index + 1:02d} "), name, "sheet name without its number")
        self.expect(len(name) <= 31 and not re.search(r"[\[\]:*?/\\]", name), name,
                    "not a valid sheet name")
        title = f"{t['number']} {t['title']}" if t["number"] else t["title"]
        self.value(ws.cell(1, 1), title or None, "label", f"{name}!A1")
        info = [("部门", t["department"]), ("单位", t["unit"]), ("页", page_list(t["pages"])),
                ("种类", t["kind"])]
        for i, (label, v) in enumerate(info):
            self.text(ws.cell(2, 2 * i + 1), label, f"{name}!row 2")
            self.value(ws.cell(2, 2 * i + 2), v or None, "label", f"{name}!{label}")
        columns = list(t["columns"]) + (["预算单位"] if "budget_units" in t else [])
        for c, column in enumerate(columns):
            self.text(ws.cell(HEADER_ROW, c + 1), column, f"{name}!header {c + 1}")
        for r, row in enumerate(t["rows"]):
            cells = list(row) + ([t["budget_units"][r]] if "budget_units" in t else [])
            roles = list(t["column_roles"]) + ["label"]
            for c, v in enumerate(cells):
                cell = ws.cell(HEADER_ROW + 1 + r, c + 1)
                self.value(cell, v, roles[c], f"{name}!{cell.coordinate}")
        self.expect(ws.max_row <= HEADER_ROW + max(len(t["rows"]), 0), name,
                    f"{ws.max_row} rows, {HEADER_ROW + len(t['rows'])} expected")
        self.expect(ws.max_column <= max(len(columns), 8), name,
                    f"{ws.max_column} columns, {len(columns)} expected")

    def checks(self, wb, ws, checks):
        heads = ["identity", "tables", "location", "expected", "found", "difference", "verdict",
                 "note", "cells"]
        for c, h in enumerate(heads):
            self.text(ws.cell(1, c + 1), h, f"checks!header {c + 1}")
        failed = [c for c in checks if c["verdict"] in FAILED]
        self.expect(ws.max_row == 1 + len(failed), "checks",
                    f"{ws.max_row - 1} rows, {len(failed)} failed checks in the JSON")
        for r, check in enumerate(failed, start=2):
            where = f"checks!row {r}"
            self.text(ws.cell(r, 1), check["identity"], where)
            self.value(ws.cell(r, 2), "; ".join(check["tables"]) or None, "label", where)
            self.value(ws.cell(r, 3), check["location"] or None, "label", where)
            for c, key in enumerate(("expected", "found", "difference"), start=4):
                self.value(ws.cell(r, c), check[key], "amount", where)
            self.text(ws.cell(r, 7), check["verdict"], where)
            self.value(ws.cell(r, 8), check.get("note") or None, "label", where)
            refs = ws.cell(r, 9).value or ""
            for ref in filter(None, refs.split(", ")):
                self.reference(wb, ref, where)
            link = ws.cell(r, 3).hyperlink
            if link is not None:
                self.reference(wb, link.location, where + " (link)")

    def reference(self, wb, ref, where):
        m = re.fullmatch(r"'((?:[^']|'')+)'!([A-Z]+[0-9]+)", ref or "")
        self.expect(m is not None, where, f"not a cell reference: {ref!r}")
        if not m:
            return
        sheet = m.group(1).replace("''", "'")
        self.expect(sheet in wb.sheetnames, where, f"{ref}: no such sheet")
        # A cell inside the table's rows; it may be empty (a check can name the missing amount).
        row = int(re.sub(r"[A-Z]+", "", m.group(2)))
        self.expect(row > HEADER_ROW, where, f"{ref}: not a cell of the table's rows")


def main():
    xlsx, json_path, probes = sys.argv[1], sys.argv[2], sys.argv[3:]
    with open(json_path, encoding="utf-8") as f:
        doc = json.load(f, parse_float=Decimal, parse_int=Decimal)
    wb = openpyxl.load_workbook(xlsx)
    tables = doc["tables"]
    compare = Compare()
    names = wb.sheetnames
    compare.expect(names[-1:] == ["checks"], xlsx, f"the last sheet is {names[-1:]}, not checks")
    compare.expect(len(names) == len(tables) + 1, xlsx,
                   f"{len(names)} sheets for {len(tables)} tables and checks")
    compare.expect(len(set(names)) == len(names), xlsx, "sheet names repeat")
    for i, (name, t) in enumerate(zip(names, tables)):
        compare.table(wb[name], i, t)
    if "checks" in names:
        compare.checks(wb, wb["checks"], doc["checks"])
    for probe in probes:
        sheet, cell = probe.split("!")
        c = wb[names[int(sheet) - 1]][cell]
        print(f"probe {probe} {c.data_type} {c.value} {c.number_format}")
    failed = sum(c["verdict"] in FAILED for c in doc["checks"])
    print(f"{len(names)} sheets, {len(tables)} tables, {compare.cells} cells compared, "
          f"{failed} failed checks, {len(compare.errors)} differences")
    for e in compare.errors[:30]:
        print("difference:", e)
    return 1 if compare.errors else 0


if __name__ == "__main__":
    sys.exit(main())

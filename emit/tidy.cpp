#include "emit/tidy.h"

#include <array>

#include "check/total_rows.h"
#include "emit/money.h"
#include "emit/row_key.h"
#include "emit/three_public_items.h"
#include "emit/year_rows.h"
#include "parse/column_roles.h"

namespace gongkai::emit {
namespace {

constexpr std::array<std::string_view, 20> kColumns = {
    "document",     "department",        "year",       "document_kind", "budget_unit",
    "table_number", "table_title",       "table_kind", "page",          "row_code",
    "row_level",    "row_label",         "is_total",   "column",        "column_role",
    "column_year",  "three_public_item", "value",      "unit",          "value_yuan"};

std::optional<std::string> text_or_null(std::string_view text) {
  if (text.empty()) return std::nullopt;
  return std::string(text);
}

std::optional<std::string> level_of(const std::optional<std::string>& code) {
  if (!code) return std::nullopt;
  switch (code->size()) {
    case 3:
      return "类";
    case 5:
      return "款";
    case 7:
      return "项";
    default:
      return std::nullopt;
  }
}

// The page a row is printed on: its own where extraction placed it, else the table's first.
std::optional<int> page_of(const Table& table, std::size_t row) {
  if (row < table.row_places.size() && table.row_places[row].page > 0)
    return table.row_places[row].page;
  if (!table.pages.empty()) return table.pages.front();
  return std::nullopt;
}

// The row's name: its label cell, or, where the label cells are empty, the first text of the row
// that is no code (合计 printed across the code and name columns lands in the code column).
std::optional<std::string> label_of(const Table& table, std::size_t row, std::size_t col,
                                    const std::optional<std::string>& code) {
  if (auto label = text_or_null(row_label(table, row, col))) return label;
  if (code) return std::nullopt;
  for (std::size_t c = 0; c < table.rows[row].size() && c < table.roles.size(); ++c) {
    const Value& v = table.rows[row][c];
    if (table.roles[c] != ColumnRole::Amount && v.is_text() && !v.text.empty()) return v.text;
  }
  return std::nullopt;
}

// What every amount of one table shares.
TidyRow table_row(const Document& doc, std::string_view path, const Table& table, std::size_t t) {
  TidyRow base;
  base.document = std::string(path);
  base.department = text_or_null(table.department);
  if (doc.document.year) base.year = doc.document.year;
  base.document_kind = doc.document.kind;
  base.table_number = text_or_null(table.number);
  base.table_title = text_or_null(table.title);
  base.table_kind = std::string(name(table.kind));
  base.unit = text_or_null(table.unit);
  base.table = t;
  return base;
}

// In a side-by-side table the half holding the amount may be a total where the row's first half
// is not (total_rows reads the row's first label).
bool second_half_total(const Table& table, std::size_t r, const std::optional<std::string>& label) {
  return label && *label != row_label(table, r) && check::is_total_label_text(*label);
}

// A table printed as a single unit's block from its first row to its last (Shenzhen names its one
// unit on the first line under a 预算单位 column): that unit's rows are the table's own, so they
// are the department's rows (budget_unit NULL) and the unit's line is the table's total.
bool whole_table_is_one_unit(const Table& table) {
  return table.unit_blocks.size() == 1 && table.unit_blocks.front().first == 0 &&
         table.unit_blocks.front().last + 1 >= table.rows.size();
}

// A line printed over year rows (a name, then 2025年 / 2026年 / 增减变化金额) is one line: its rows
// share the total flag of the row that names it. A line that makes up the whole table, or the
// whole of a unit's block, is that table's or that unit's total, as a single row of amounts is.
std::vector<bool> line_totals(const Table& table, std::vector<bool> totals,
                              const std::vector<YearRow>& lines) {
  for (std::size_t first = 0; first < lines.size(); ++first) {
    if (lines[first].line != first) continue;
    std::size_t last = first;
    while (last + 1 < lines.size() && lines[last + 1].line == first) ++last;
    const UnitBlock* block = block_of(table, first);
    bool whole = (first == 0 && last + 1 == lines.size()) ||
                 (block && block->first == first && block->last == last);
    bool total = totals[first] || whole;
    for (std::size_t r = first; r <= last; ++r) totals[r] = total;
  }
  return totals;
}

// A cell's meaning: its column's, with what the row's year label adds (tables that print the year
// in a row): the year where the column prints none, or the change role.
parse::ColumnMeaning in_row(parse::ColumnMeaning m, const std::vector<YearRow>& lines,
                            std::size_t r, int document_year) {
  if (r >= lines.size()) return m;
  if (lines[r].change) {
    m.role = parse::AmountRole::Change;
  } else if (lines[r].year && !m.year) {
    m.year = lines[r].year;
    if (m.role == parse::AmountRole::Total && document_year && m.year < document_year)
      m.role = parse::AmountRole::PriorYear;
  }
  return m;
}

void add_table(const Document& doc, std::string_view path, std::size_t t,
               std::vector<TidyRow>& out) {
  const Table& table = doc.tables[t];
  const TidyRow base = table_row(doc, path, table, t);
  const std::vector<YearRow> lines = year_rows(table);
  const std::vector<bool> totals = line_totals(table, check::total_rows(table), lines);
  // Codes and meanings are per column (a side-by-side table has a code per half): once each.
  std::vector<std::vector<std::optional<std::string>>> codes(table.columns.size());
  std::vector<parse::ColumnMeaning> meanings(table.columns.size());
  std::vector<std::size_t> amount_columns;
  std::vector<std::string_view> names;
  for (std::size_t c = 0; c < table.columns.size(); ++c) {
    if (c >= table.roles.size() || table.roles[c] != ColumnRole::Amount) continue;
    codes[c] = row_codes(table, c);
    amount_columns.push_back(c);
    names.push_back(table.columns[c]);
  }
  auto read =
      parse::column_meanings(names, doc.document.year, doc.document.kind == "final_account");
  for (std::size_t i = 0; i < amount_columns.size(); ++i) meanings[amount_columns[i]] = read[i];
  const auto items = three_public_items(table, totals);
  const bool one_unit = whole_table_is_one_unit(table);
  for (std::size_t r = 0; r < table.rows.size(); ++r) {
    for (std::size_t c = 0; c < table.columns.size() && c < table.rows[r].size(); ++c) {
      const Value& v = table.rows[r][c];
      if (c >= table.roles.size() || table.roles[c] != ColumnRole::Amount || !v.is_amount())
        continue;
      TidyRow row = base;
      row.row = r;
      row.col = c;
      row.page = page_of(table, r);
      if (r < codes[c].size()) row.row_code = codes[c][r];
      row.row_level = level_of(row.row_code);
      row.row_label = r < lines.size() && !lines[r].name.empty()
                          ? lines[r].name
                          : label_of(table, r, c, row.row_code);
      row.is_total = !row.row_code && (totals[r] || second_half_total(table, r, row.row_label));
      if (const UnitBlock* block = block_of(table, r); block && !one_unit)
        row.budget_unit = text_or_null(block->name);
      row.column = text_or_null(table.columns[c]);
      const parse::ColumnMeaning meaning = in_row(meanings[c], lines, r, doc.document.year);
      row.column_role = parse::amount_role_name(meaning.role);
      if (meaning.year) row.column_year = meaning.year;
      if (r < items.size() && c < items[r].size())
        row.three_public_item = text_or_null(items[r][c]);
      row.value = v.text;
      if (auto yuan = in_yuan(v.amount, table.unit)) row.value_yuan = yuan->to_string();
      out.push_back(std::move(row));
    }
  }
}

std::string int_or_empty(const std::optional<int>& n) {
  return n ? std::to_string(*n) : std::string();
}

}  // namespace

std::span<const std::string_view> tidy_columns() {
  return kColumns;
}

std::vector<TidyRow> tidy_rows(const Document& doc, std::string_view document_path) {
  std::vector<TidyRow> out;
  for (std::size_t t = 0; t < doc.tables.size(); ++t) add_table(doc, document_path, t, out);
  return out;
}

std::string tidy_field(const TidyRow& r, std::size_t column) {
  auto text = [](const std::optional<std::string>& s) { return s.value_or(""); };
  switch (column) {
    case 0:
      return r.document;
    case 1:
      return text(r.department);
    case 2:
      return int_or_empty(r.year);
    case 3:
      return r.document_kind;
    case 4:
      return text(r.budget_unit);
    case 5:
      return text(r.table_number);
    case 6:
      return text(r.table_title);
    case 7:
      return r.table_kind;
    case 8:
      return int_or_empty(r.page);
    case 9:
      return text(r.row_code);
    case 10:
      return text(r.row_level);
    case 11:
      return text(r.row_label);
    case 12:
      return r.is_total ? "true" : "false";
    case 13:
      return text(r.column);
    case 14:
      return r.column_role;
    case 15:
      return int_or_empty(r.column_year);
    case 16:
      return text(r.three_public_item);
    case 17:
      return r.value;
    case 18:
      return text(r.unit);
    case 19:
      return text(r.value_yuan);
    default:
      return {};
  }
}

}  // namespace gongkai::emit

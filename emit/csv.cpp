// One CSV per table (header row = columns) and the tidy long CSV of every amount.
#include <cstdio>

#include "emit/csv_text.h"
#include "emit/emit.h"
#include "emit/money.h"
#include "emit/row_key.h"

namespace gongkai::emit {

void write_csv_field(std::ostream& out, std::string_view field) {
  if (field.find_first_of(",\"\r\n") == std::string_view::npos) {
    out << field;
    return;
  }
  out << '"';
  for (char c : field) {
    if (c == '"') out << '"';
    out << c;
  }
  out << '"';
}

namespace {

void write_record(std::ostream& out, const std::vector<std::string_view>& fields) {
  for (std::size_t i = 0; i < fields.size(); ++i) {
    if (i) out << ',';
    write_csv_field(out, fields[i]);
  }
  out << kCsvEol;
}

}  // namespace

void write_table_csv(const Table& table, std::ostream& out, const CsvOptions& options) {
  if (options.bom) out << kUtf8Bom;
  write_record(out, {table.columns.begin(), table.columns.end()});
  for (const auto& row : table.rows) {
    std::vector<std::string_view> fields;
    fields.reserve(row.size());
    for (const auto& v : row) fields.emplace_back(v.is_null() ? std::string_view() : v.text);
    write_record(out, fields);
  }
}

void write_tidy_header(std::ostream& out, const CsvOptions& options) {
  if (options.bom) out << kUtf8Bom;
  write_record(out,
               {"document", "department", "year", "table_number", "table_title", "table_kind",
                "row_code", "row_label", "budget_unit", "column", "value", "unit", "value_yuan"});
}

void write_tidy_rows(const Document& doc, std::ostream& out) {
  std::string year = doc.document.year ? std::to_string(doc.document.year) : "";
  for (const auto& table : doc.tables) {
    // Codes are per column group (a side-by-side table has one per half): key each column once.
    std::vector<std::vector<std::optional<std::string>>> codes(table.columns.size());
    for (std::size_t c = 0; c < table.columns.size(); ++c)
      if (table.roles[c] == ColumnRole::Amount) codes[c] = row_codes(table, c);
    for (std::size_t r = 0; r < table.rows.size(); ++r) {
      for (std::size_t c = 0; c < table.columns.size(); ++c) {
        const Value& v = table.rows[r][c];
        if (table.roles[c] != ColumnRole::Amount || !v.is_amount()) continue;
        auto yuan = in_yuan(v.amount, table.unit);
        std::string yuan_text = yuan ? yuan->to_string() : "";
        std::string label = row_label(table, r, c);
        const std::string code = codes[c][r].value_or("");
        const UnitBlock* block = block_of(table, r);
        write_record(out, {doc.source.file_name, table.department, year, table.number, table.title,
                           table.kind, code, label, block ? block->name : std::string_view(),
                           table.columns[c], v.text, table.unit, yuan_text});
      }
    }
  }
}

std::string table_csv_name(const Table& table, std::size_t index) {
  char prefix[8];
  std::snprintf(prefix, sizeof prefix, "%02zu-", index + 1);
  return prefix + table.kind + ".csv";
}

}  // namespace gongkai::emit

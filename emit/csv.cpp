// One CSV per table (header row = columns) and the tidy long CSV of every amount.
#include "emit/csv_text.h"
#include "emit/emit.h"
#include "emit/tidy.h"

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
  auto columns = tidy_columns();
  write_record(out, {columns.begin(), columns.end()});
}

void write_tidy_rows(const Document& doc, std::string_view document_path, std::ostream& out) {
  std::size_t n = tidy_columns().size();
  std::vector<std::string> fields(n);
  for (const TidyRow& row : tidy_rows(doc, document_path)) {
    for (std::size_t i = 0; i < n; ++i) fields[i] = tidy_field(row, i);
    write_record(out, {fields.begin(), fields.end()});
  }
}

}  // namespace gongkai::emit

#include "emit/row_key.h"

#include "core/row_codes.h"

namespace gongkai::emit {
namespace {

std::string_view cell_text(const Table& table, std::size_t row, std::size_t col) {
  if (row >= table.rows.size() || col >= table.rows[row].size()) return {};
  std::string_view text = table.rows[row][col].text;
  auto first = text.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos) return {};
  return text.substr(first, text.find_last_not_of(" \t\r\n") + 1 - first);
}

bool is_label(const Table& table, std::size_t col) {
  return col >= table.roles.size() || table.roles[col] == ColumnRole::Label;
}

std::string first_label(const Table& table, std::size_t row, ColumnSpan span) {
  for (std::size_t c = span.begin; c < span.end; ++c)
    if (is_label(table, c) && !cell_text(table, row, c).empty())
      return std::string(cell_text(table, row, c));
  return {};
}

bool has_label_column(const Table& table, ColumnSpan span) {
  for (std::size_t c = span.begin; c < span.end; ++c)
    if (is_label(table, c)) return true;
  return false;
}

}  // namespace

std::vector<std::optional<std::string>> row_codes(const Table& table, std::size_t col) {
  std::vector<std::optional<std::string>> out;
  for (auto& c : read_row_codes(table, column_group(table, col)))
    out.push_back(c.canonical ? std::optional<std::string>(c.code) : std::nullopt);
  return out;
}

std::optional<std::string> row_code(const Table& table, std::size_t row, std::size_t col) {
  if (row >= table.rows.size()) return std::nullopt;
  return row_codes(table, col)[row];
}

std::optional<std::string> row_code(const Table& table, std::size_t row) {
  std::size_t width = whole_table(table).end;
  for (std::size_t begin = 0; begin < width;) {
    ColumnSpan group = column_group(table, begin);
    if (auto code = row_code(table, row, group.begin)) return code;
    begin = group.end;
  }
  return std::nullopt;
}

std::string row_label(const Table& table, std::size_t row) {
  return first_label(table, row, whole_table(table));
}

std::string row_label(const Table& table, std::size_t row, std::size_t col) {
  ColumnSpan group = column_group(table, col);
  if (!has_label_column(table, group)) return row_label(table, row);
  return first_label(table, row, group);
}

}  // namespace gongkai::emit

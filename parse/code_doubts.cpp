#include "parse/code_doubts.h"

#include <string>
#include <vector>

#include "core/row_codes.h"

namespace gongkai::parse {
namespace {

// The code cells of a row as printed, "7 | 11 | 02".
std::string printed_codes(const Table& t, std::size_t row, ColumnSpan span) {
  std::string out;
  for (std::size_t c = span.begin; c < span.end && c < t.rows[row].size(); ++c)
    if (c < t.roles.size() && t.roles[c] == ColumnRole::Code && t.rows[row][c].is_text())
      out += (out.empty() ? "" : " | ") + t.rows[row][c].text;
  return out;
}

std::string first_label(const Table& t, std::size_t row) {
  for (std::size_t c = 0; c < t.rows[row].size() && c < t.roles.size(); ++c)
    if (t.roles[c] == ColumnRole::Label && t.rows[row][c].is_text()) return t.rows[row][c].text;
  return {};
}

}  // namespace

std::optional<Diagnostic> unread_codes(const Table& table) {
  int count = 0;
  std::string example;
  for (const ColumnSpan& span : code_halves(table)) {
    std::vector<RowCode> codes = read_row_codes(table, span);
    for (std::size_t r = 0; r < codes.size(); ++r) {
      if (codes[r].canonical || codes[r].code.empty()) continue;
      if (count++ == 0)
        example = "'" + printed_codes(table, r, span) + "' (" + first_label(table, r) + ")";
    }
  }
  if (count == 0) return std::nullopt;
  Diagnostic d;
  d.severity = Diagnostic::Severity::Warning;
  d.page = table.pages.empty() ? 0 : table.pages.front();
  d.code = "codes_unread";
  d.message = "table '" + table.title + "': " + std::to_string(count) +
              " row(s) print code cells that spell no 科目编码 and are read without a code, e.g. " +
              example;
  return d;
}

}  // namespace gongkai::parse

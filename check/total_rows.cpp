#include "check/total_rows.h"

#include "check/table_view.h"
#include "normalize/vocabulary.h"

namespace gongkai::check {
namespace {

// A row that prints nothing but amounts: no label, no code, no unit.
bool only_amounts(const Table& t, std::size_t r) {
  bool amounts = false;
  for (const Value& v : t.rows[r]) {
    if (v.is_text() && !detail::without_spaces(v.text).empty()) return false;
    amounts = amounts || v.is_amount();
  }
  return amounts;
}

// The row where a table leaves its total unnamed: a row of amounts alone at its top or bottom
// (a 三公 table printed as one row of items; a 合计 line whose label cell is blank).
std::optional<std::size_t> unnamed_total(const Table& t) {
  if (t.rows.empty() || !t.unit_blocks.empty()) return std::nullopt;
  std::size_t first = 0;
  while (first < t.rows.size() && detail::is_column_number_row(t, first)) ++first;
  if (first < t.rows.size() && only_amounts(t, first)) return first;
  if (only_amounts(t, t.rows.size() - 1)) return t.rows.size() - 1;
  return std::nullopt;
}

bool same_row(const Table& t, std::size_t a, std::size_t b) {
  if (t.rows[a].size() != t.rows[b].size()) return false;
  for (std::size_t c = 0; c < t.rows[a].size(); ++c)
    if (t.rows[a][c].kind != t.rows[b][c].kind || t.rows[a][c].text != t.rows[b][c].text)
      return false;
  return true;
}

// A total printed again on a continuation page repeats the first: only the first counts.
void drop_repeats(const Table& t, std::vector<bool>& totals) {
  for (std::size_t r = 0; r < totals.size(); ++r)
    for (std::size_t q = 0; q < r && totals[r]; ++q)
      if (totals[q] && same_row(t, q, r)) totals[r] = false;
}

}  // namespace

std::vector<bool> total_rows(const Table& table) {
  using namespace detail;
  std::vector<bool> totals(table.rows.size(), false);
  std::vector<std::string> codes = row_codes(table);
  bool department_total = false;
  for (std::size_t r = 0; r < table.rows.size(); ++r) {
    totals[r] = codes[r].empty() && normalize::names_the_grand_total(row_label(table, r));
    department_total = department_total || (totals[r] && block_of(table, r) == nullptr);
  }
  // The department's own line is its total only where no 合计 stands above the units.
  if (!department_total) {
    if (auto line = department_line(table, codes))
      totals[*line] = department_total = true;
    else if (auto unnamed = unnamed_total(table); unnamed && codes[*unnamed].empty())
      totals[*unnamed] = department_total = true;
  }
  for (const UnitBlock& b : table.unit_blocks)
    if (b.header && b.first < totals.size() && codes[b.first].empty()) totals[b.first] = true;
  drop_repeats(table, totals);
  return totals;
}

bool is_total_label_text(std::string_view printed) {
  return normalize::names_the_grand_total(detail::canonical_label(printed));
}

}  // namespace gongkai::check

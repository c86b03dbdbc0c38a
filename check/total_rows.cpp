#include "check/total_rows.h"

#include "check/table_view.h"

namespace gongkai::check {

std::vector<bool> total_rows(const Table& table) {
  using namespace detail;
  std::vector<bool> totals(table.rows.size(), false);
  std::vector<std::string> codes = row_codes(table);
  for (std::size_t r = 0; r < table.rows.size(); ++r)
    totals[r] = codes[r].empty() && is_total_label(row_label(table, r));
  if (auto line = department_line(table, codes)) totals[*line] = true;
  for (const UnitBlock& b : table.unit_blocks)
    if (b.header && b.first < totals.size() && codes[b.first].empty()) totals[b.first] = true;
  return totals;
}

bool is_total_label_text(std::string_view printed) {
  return detail::is_total_label(detail::canonical_label(printed));
}

}  // namespace gongkai::check

#include "check/row_sums.h"

#include <re2/re2.h>

#include "check/sum_check.h"
#include "check/table_view.h"
#include "normalize/regex.h"

namespace gongkai::check::detail {
namespace {

// An amount printed as text in a label or code column of the row ("254,900.00" under 单位编码):
// the row's cells moved left of where they belong.
const RE2& amount_shape() {
  static const normalize::Regex re(R"(-?[0-9]{1,3}(?:,[0-9]{3})*\.[0-9]{2})");
  return re;
}

std::optional<std::size_t> amount_as_text(const Table& t, std::size_t row) {
  for (std::size_t c = 0; c < t.rows[row].size() && c < t.roles.size(); ++c) {
    const Value& v = t.rows[row][c];
    if (t.roles[c] != ColumnRole::Amount && v.is_text() &&
        RE2::FullMatch(without_spaces(v.text), amount_shape()))
      return c;
  }
  return std::nullopt;
}

// The departing end of a slid value: in one of `rows`, the checked cell is empty while another
// money column of the same row holds the missing amount (up to rounding).
std::function<std::optional<std::string>(Decimal, Decimal)> departure_evidence(
    const Table& t, std::vector<std::size_t> rows, std::size_t col) {
  return [&t, rows = std::move(rows), col](Decimal diff,
                                           Decimal tolerance) -> std::optional<std::string> {
    Decimal missing = diff.abs();
    for (std::size_t r : rows) {
      if (amount(t, r, col)) continue;
      if (auto at = amount_as_text(t, r))
        return "the cell of " + describe_row(t, r, "") + " in this column is empty while '" +
               t.columns[*at] + "' holds the amount '" + t.rows[r][*at].text +
               "' as text: the row's cells may have slid";
      for (std::size_t other : money_columns(t)) {
        auto v = amount(t, r, other);
        if (other != col && v && (*v - missing).abs() <= tolerance)
          return "difference " + missing.to_string() + " equals the value in column '" +
                 t.columns[other] + "' of " + describe_row(t, r, "") +
                 ", whose cell in this column is empty: a value may have slid columns";
      }
    }
    return std::nullopt;
  };
}

}  // namespace

void rows_sum(const Table& t, const std::string& identity, const std::string& location,
              std::size_t total_row, const std::vector<std::size_t>& part_rows,
              const std::vector<std::size_t>& cols, bool empty_parts_is_doubt,
              std::vector<Check>& out) {
  if (part_rows.empty()) return;
  std::vector<std::size_t> involved = part_rows;
  involved.push_back(total_row);
  for (std::size_t col : cols) {
    SumSpec s;
    s.identity = identity;
    s.tables = {table_name(t)};
    s.location = location + ", column '" + t.columns[col] + "'";
    s.total = cell_term(t, total_row, col);
    for (std::size_t r : part_rows) s.parts.push_back(cell_term(t, r, col));
    s.empty_parts_is_doubt = empty_parts_is_doubt;
    s.slid = departure_evidence(t, involved, col);
    if (auto c = judge_sum(s)) out.push_back(std::move(*c));
  }
}

}  // namespace gongkai::check::detail

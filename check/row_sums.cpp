#include "check/row_sums.h"

#include <re2/re2.h>

#include "check/sum_check.h"
#include "check/table_view.h"
#include "check/tolerance.h"
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

// A total added up from the items while the subtotals over them were each rounded on their own
// (合计 26,790.33 = Σ the 26 items of 工资福利支出, 商品和服务支出, 对个人和家庭的补助, whose
// printed subtotal 23,647.92 is 0.02 below its items): the total misses Σ subtotals by the
// subtotals' roundings. That is rounding when the total is within the check's own tolerance of Σ
// items and each subtotal within n × half a unit of its n items; any other difference stays a
// failure.
std::function<std::optional<std::string>(Decimal, Decimal)> subtotal_rounding(
    const Table& t, std::size_t total_row, std::vector<std::size_t> parts,
    std::vector<std::vector<std::size_t>> items, std::size_t col) {
  return [&t, total_row, parts = std::move(parts), items = std::move(items), col](
             Decimal, Decimal tolerance) -> std::optional<std::string> {
    const auto total = amount(t, total_row, col);
    if (!total) return std::nullopt;
    int exponent = -total->scale();
    Decimal all_items;
    std::size_t count = 0;
    std::vector<Decimal> under(parts.size());
    for (std::size_t i = 0; i < parts.size(); ++i)
      for (std::size_t r : items[i]) {
        if (unreadable(t, r, col)) return std::nullopt;
        if (auto v = amount(t, r, col)) under[i] += *v, exponent = std::max(exponent, -v->scale());
        ++count;
      }
    for (std::size_t i = 0; i < parts.size(); ++i) {
      const Decimal printed = amount(t, parts[i], col).value_or(Decimal{});
      if ((printed - under[i]).abs() > rounding_tolerance(int(items[i].size()), exponent))
        return std::nullopt;
    }
    for (const Decimal& u : under) all_items += u;
    if ((*total - all_items).abs() > tolerance || count <= parts.size()) return std::nullopt;
    return "the total is the sum of the " + std::to_string(count) + " item rows (" +
           all_items.to_string() + ") within " + tolerance.to_string() +
           ", and each subtotal is within rounding of its items: subtotals rounded on their own";
  };
}

}  // namespace

void rows_sum(const Table& t, const std::string& identity, const std::string& location,
              std::size_t total_row, const std::vector<std::size_t>& part_rows,
              const std::vector<std::size_t>& cols, bool empty_parts_is_doubt,
              std::vector<Check>& out,
              const std::vector<std::vector<std::size_t>>* items_of_parts) {
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
    if (items_of_parts)
      s.rounded_apart = subtotal_rounding(t, total_row, part_rows, *items_of_parts, col);
    if (auto c = judge_sum(s)) out.push_back(std::move(*c));
  }
}

}  // namespace gongkai::check::detail

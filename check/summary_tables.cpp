// Side-by-side summary tables (收支总表, 财政拨款收支总表): each Label column starts a side
// (收入 | 支出) whose money columns follow it. On each side: 本年收入合计 = Σ its items,
// 收入总计 = 本年收入合计 + the carry-over rows between them; across: 收入总计 = 支出总计.
#include <algorithm>
#include <optional>

#include "check/identities.h"
#include "check/row_sums.h"
#include "check/sum_check.h"
#include "check/table_view.h"
#include "check/tolerance.h"

namespace gongkai::check::detail {
namespace {

struct Side {
  std::size_t label_col = 0;
  std::vector<std::size_t> money;  // this side's money columns, left to right
};

std::vector<Side> sides_of(const Table& t) {
  std::vector<Side> sides;
  std::vector<std::size_t> money = money_columns(t);
  for (std::size_t c = 0; c < t.roles.size(); ++c) {
    if (t.roles[c] == ColumnRole::Label)
      sides.push_back({c, {}});
    else if (!sides.empty() && std::count(money.begin(), money.end(), c))
      sides.back().money.push_back(c);
  }
  std::erase_if(sides, [](const Side& s) { return s.money.empty(); });
  return sides;
}

bool is_subtotal(std::string_view l) {
  return l == "本年收入合计" || l == "本年支出合计" || l == "收入合计" || l == "支出合计" ||
         l == "本年收入小计" || l == "本年支出小计";
}

bool is_grand_total(std::string_view l) {
  return l == "收入总计" || l == "支出总计" || l == "总计";
}

std::string where(const Table& t, const Side& side, std::size_t row) {
  return "row " + label_in(t, row, side.label_col) + " (" + t.columns[side.label_col] + ")";
}

struct SideTotals {
  std::optional<std::size_t> subtotal, grand;
};

// Rows with a label on this side between `from` (exclusive) and `to` (exclusive).
std::vector<std::size_t> labelled_between(const Table& t, const Side& side, std::size_t from,
                                          std::size_t to) {
  std::vector<std::size_t> out;
  for (std::size_t r = from; r < to; ++r)
    if (!label_in(t, r, side.label_col).empty() && !is_column_number_row(t, r)) out.push_back(r);
  return out;
}

int level_of(const Table& t, const Side& side, std::size_t row) {
  const Value* v = cell(t, row, side.label_col);
  return v == nullptr ? 0 : ordinal_level(v->text);
}

// Unnumbered spending items printing 类, 款 and 项 one under the other (一般公共服务支出,
// 财政事务, 行政运行 …): only the 类 rows are items. A row repeating the name of the 类 just
// above it (其他支出 / 其他支出 / 其他支出) is its 款 or 项, not a second 类.
std::vector<std::size_t> function_classes(const Table& t, const Side& side,
                                          const std::vector<std::size_t>& rows) {
  std::vector<std::size_t> classes;
  std::string previous;
  for (std::size_t r : rows) {
    std::string l = label_in(t, r, side.label_col);
    if (is_function_class_name(l) && l != previous) classes.push_back(r);
    previous = l;
  }
  bool mixed = !classes.empty() && classes.size() < rows.size();
  return mixed ? classes : rows;
}

bool any_amount(const Table& t, const Side& side, const std::vector<std::size_t>& rows) {
  for (std::size_t r : rows)
    for (std::size_t c : side.money)
      if (amount(t, r, c)) return true;
  return false;
}

// The items of one level among `rows`: those numbered like `level` when given (the level of
// the total they add up to), else the level of the first row — numbered lists nest 一、 >
// (一) > 1. > (1), and a list that opens with an unnumbered row ("财政拨款", then "1.一般公共
// 预算拨款") numbers only its sub-items.
std::vector<std::size_t> one_level(const Table& t, const Side& side,
                                   const std::vector<std::size_t>& rows, int level = -1) {
  if (rows.empty()) return rows;
  if (level < 0) {
    level = level_of(t, side, rows.front());
    for (std::size_t r : rows)
      if (int l = level_of(t, side, r); level > 0 && l > 0) level = std::min(level, l);
  }
  std::vector<std::size_t> out;
  for (std::size_t r : rows)
    if (level_of(t, side, r) == level) out.push_back(r);
  if (level == 0 && !any_amount(t, side, out)) {  // a bare heading row above numbered items
    int numbered = 0;
    for (std::size_t r : rows)
      if (int l = level_of(t, side, r); l > 0 && (numbered == 0 || l < numbered)) numbered = l;
    if (numbered > 0) return one_level(t, side, rows, numbered);
  }
  return level == 0 ? function_classes(t, side, out) : out;
}

// Σ items an exact multiple (2×, 3×, 4×) of the total: the items hold several levels that
// nothing told apart. No check can be made.
bool sums_to_a_multiple(const Table& t, const Side& side, std::size_t total_row,
                        const std::vector<std::size_t>& items) {
  if (side.money.empty()) return false;
  std::size_t col = side.money.front();
  auto total = amount(t, total_row, col);
  if (!total || total->is_zero()) return false;
  Decimal sum;
  int scale = total->scale();
  for (std::size_t r : items)
    if (auto v = amount(t, r, col)) {
      sum += *v;
      scale = std::max(scale, v->scale());
    }
  Decimal slack = rounding_tolerance(static_cast<int>(items.size()) * 4, -scale);
  Decimal multiple = *total;
  for (int k = 2; k <= 4; ++k) {
    multiple += *total;
    if ((sum - multiple).abs() <= slack) return true;
  }
  return false;
}

SideTotals check_side(const Table& t, const Side& side, std::vector<Check>& out) {
  SideTotals found;
  std::size_t start = 0;
  for (std::size_t r = 0; r < t.rows.size(); ++r) {
    std::string l = label_in(t, r, side.label_col);
    if (is_subtotal(l) && !found.subtotal) {
      found.subtotal = r;
      auto items = one_level(t, side, labelled_between(t, side, start, r));
      if (!sums_to_a_multiple(t, side, r, items))
        rows_sum(t, "side_subtotal_equals_items", where(t, side, r) + " = Σ items above it", r,
                 items, side.money, true, out);
    } else if (is_grand_total(l) && !found.grand) {
      found.grand = r;
      if (!found.subtotal) continue;
      // The carry-over rows: numbered like the subtotal when it is ("一、本年支出合计",
      // "二、年终结转结余"), else the first level below it.
      std::vector<std::size_t> parts = {*found.subtotal};
      int level = level_of(t, side, *found.subtotal);
      for (std::size_t c : one_level(t, side, labelled_between(t, side, *found.subtotal + 1, r),
                                     level > 0 ? level : -1))
        parts.push_back(c);
      rows_sum(t, "grand_total_equals_subtotal_plus_carryover",
               where(t, side, r) + " = subtotal + carry-over rows", r, parts, side.money, false,
               out);
    }
  }
  return found;
}

// The first row of this side whose label satisfies `pred`.
std::optional<std::size_t> side_row(const Table& t, const Side& side, auto&& pred) {
  for (std::size_t r = 0; r < t.rows.size(); ++r)
    if (pred(label_in(t, r, side.label_col))) return r;
  return std::nullopt;
}

Term side_term(const Table& t, const Side& side, std::optional<std::size_t> row, bool negate) {
  if (!row) return {};
  std::size_t col = side.money.front();
  Term term_of = cell_term(t, *row, col);
  if (negate && term_of.value) term_of.value = -*term_of.value;
  return term_of;
}

// Final accounts (收入支出决算总表, 财政拨款收入支出决算总表): what is left at the end of the year
// is what was left at its start, plus the year's income, less the year's spending — 年末结转和结余
// = 年初结转和结余 + 本年收入合计 + 使用非财政拨款结余 − 本年支出合计 − 结余分配.
void closing_balance(const Table& t, const Side& income, const Side& spending,
                     std::vector<Check>& out) {
  auto opening = side_row(
      t, income, [](std::string_view l) { return l.starts_with("年初") && contains(l, "结转"); });
  auto closing = side_row(
      t, spending, [](std::string_view l) { return l.starts_with("年末") && contains(l, "结转"); });
  auto earned = side_row(t, income, [](std::string_view l) { return l == "本年收入合计"; });
  auto spent = side_row(t, spending, [](std::string_view l) { return l == "本年支出合计"; });
  if (!opening || !closing || !earned || !spent) return;
  auto used =
      side_row(t, income, [](std::string_view l) { return l.starts_with("使用非财政拨款结余"); });
  auto distributed = side_row(t, spending, [](std::string_view l) { return l == "结余分配"; });
  SumSpec s;
  s.identity = "closing_balance_equals_opening_plus_income_minus_expenditure";
  s.tables = {table_name(t)};
  s.location = where(t, spending, *closing) + " = " + where(t, income, *opening) + " + " +
               where(t, income, *earned) + " − " + where(t, spending, *spent) +
               " (± 使用非财政拨款结余, 结余分配)";
  s.total = side_term(t, spending, closing, false);
  s.parts = {side_term(t, income, opening, false), side_term(t, income, earned, false),
             side_term(t, spending, spent, true)};
  if (used) s.parts.push_back(side_term(t, income, used, false));
  if (distributed) s.parts.push_back(side_term(t, spending, distributed, true));
  if (auto c = judge_sum(s)) out.push_back(std::move(*c));
}

}  // namespace

void check_side_by_side(const Table& t, std::vector<Check>& out) {
  if (t.empty || t.rows.empty()) return;
  std::vector<Side> sides = sides_of(t);
  if (sides.size() != 2) return;  // only the 收入 | 支出 layout is understood
  SideTotals income = check_side(t, sides[0], out);
  SideTotals spending = check_side(t, sides[1], out);
  closing_balance(t, sides[0], sides[1], out);
  if (!income.grand || !spending.grand) return;
  SumSpec s;
  s.identity = "income_total_equals_expenditure_total";
  s.tables = {table_name(t)};
  s.location = where(t, sides[0], *income.grand) + " = " + where(t, sides[1], *spending.grand);
  std::size_t ic = sides[0].money.front(), ec = sides[1].money.front();
  s.total = cell_term(t, *income.grand, ic);
  s.parts = {cell_term(t, *spending.grand, ec)};
  s.empty_parts_is_doubt = true;
  if (auto c = judge_sum(s)) out.push_back(std::move(*c));
}

}  // namespace gongkai::check::detail

// Side-by-side summary tables (收支总表, 财政拨款收支总表): each Label column starts a side
// (收入 | 支出) whose money columns follow it. On each side: 本年收入合计 = Σ its items,
// 收入总计 = 本年收入合计 + the carry-over rows between them; across: 收入总计 = 支出总计.
// Some print the spending more than once, side by side (支出功能分类 | 部门预算支出经济分类 |
// 政府预算支出经济分类; or 功能分类 | 支出用途): each is a view of the same spending, checked as a
// side of its own against the one income side.
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
  // A later view of the spending whose total rows are labelled only in the first view's column
  // (the total printed once across the views, in a merged cell): that column.
  std::optional<std::size_t> shared_label_col;
  // The money columns of every view of the spending, to find a total printed once across them.
  std::vector<std::size_t> spending_money;
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
         l == "本年收入小计" || l == "本年支出小计" || l == "当年收入小计" || l == "当年支出小计" ||
         l == "当年收入合计" || l == "当年支出合计";
}

// A label as printed (label_in drops the leading "其中:" with the ordinals).
std::string_view printed_label(const Table& t, std::size_t row, std::size_t col) {
  const Value* v = cell(t, row, col);
  return v == nullptr ? std::string_view{} : std::string_view{v->text};
}

// The side's label on a row: its own, or the first view's where it prints the totals for all.
std::string side_label(const Table& t, const Side& side, std::size_t row) {
  std::string own = label_in(t, row, side.label_col);
  if (!own.empty() || !side.shared_label_col) return own;
  return label_in(t, row, *side.shared_label_col);
}

bool is_grand_total(std::string_view l) {
  return l == "收入总计" || l == "支出总计" || l == "总计";
}

std::string where(const Table& t, const Side& side, std::size_t row) {
  return "row " + side_label(t, side, row) + " (" + t.columns[side.label_col] + ")";
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

// The column holding a side's total on `row` for its money column `col`: `col` itself, or, where
// the views of the spending print one total across them (one merged cell, its amount under the
// last view), the one spending column on that row that holds an amount.
std::size_t total_column(const Table& t, const Side& side, std::size_t row, std::size_t col) {
  if (amount(t, row, col) || side.spending_money.empty()) return col;
  std::optional<std::size_t> holder;
  for (std::size_t c : side.spending_money) {
    if (!amount(t, row, c)) continue;
    if (holder) return col;  // two totals printed: each view has its own
    holder = c;
  }
  return holder.value_or(col);
}

// rows_sum on one side, its total read where total_column finds it.
void side_rows_sum(const Table& t, const Side& side, const std::string& identity,
                   const std::string& location, std::size_t total_row,
                   const std::vector<std::size_t>& items, bool empty_parts_is_doubt,
                   std::vector<Check>& out) {
  for (std::size_t col : side.money) {
    std::size_t at = total_column(t, side, total_row, col);
    if (at == col) {
      rows_sum(t, identity, location, total_row, items, {col}, empty_parts_is_doubt, out);
      continue;
    }
    if (items.empty()) continue;
    SumSpec s;
    s.identity = identity;
    s.tables = {table_name(t)};
    s.location = location + ", column '" + t.columns[col] +
                 "' (its total printed once for the "
                 "views of the spending, under '" +
                 t.columns[at] + "')";
    s.total = cell_term(t, total_row, at);
    for (std::size_t r : items) s.parts.push_back(cell_term(t, r, col));
    s.empty_parts_is_doubt = empty_parts_is_doubt;
    if (auto c = judge_sum(s)) out.push_back(std::move(*c));
  }
}

// Numbered items nest (一、部门预算 over 1、财政拨款 over (1)一般公共预算拨款): a numbered row with
// numbered rows of a deeper level right under it, before the next row of its own level or an
// outer one, is the sum of the first level found under it. Unnumbered lines (其中 …) are no
// parts.
void check_numbered_children(const Table& t, const Side& side, std::size_t from, std::size_t to,
                             std::vector<Check>& out) {
  for (std::size_t p = from; p < to; ++p) {
    int level = level_of(t, side, p);
    if (level == 0) continue;
    std::vector<std::size_t> under;
    int child_level = 0;
    for (std::size_t r = p + 1; r < to; ++r) {
      int l = level_of(t, side, r);
      if (l == 0) continue;
      if (l <= level) break;
      under.push_back(r);
      child_level = child_level == 0 ? l : std::min(child_level, l);
    }
    std::erase_if(under, [&](std::size_t r) { return level_of(t, side, r) != child_level; });
    if (under.empty()) continue;
    side_rows_sum(t, side, "side_parent_equals_children",
                  where(t, side, p) + " = Σ its numbered items", p, under, false, out);
  }
}

SideTotals check_side(const Table& t, const Side& side, std::vector<Check>& out) {
  SideTotals found;
  std::size_t start = 0;
  for (std::size_t r = 0; r < t.rows.size(); ++r) {
    std::string l = side_label(t, side, r);
    // 当年收入小计, 上年结转, 收入合计: a second total line below the first, with the carry-over
    // between them, is the grand total.
    bool second_total = found.subtotal && *found.subtotal + 1 < r && is_subtotal(l) &&
                        l != side_label(t, side, *found.subtotal);
    if (is_subtotal(l) && !found.subtotal) {
      found.subtotal = r;
      check_numbered_children(t, side, start, r, out);
      auto items = one_level(t, side, labelled_between(t, side, start, r));
      if (!sums_to_a_multiple(t, side, r, items))
        side_rows_sum(t, side, "side_subtotal_equals_items",
                      where(t, side, r) + " = Σ items above it", r, items, true, out);
    } else if ((is_grand_total(l) || second_total) && !found.grand) {
      found.grand = r;
      if (!found.subtotal) continue;
      // The carry-over rows: numbered like the subtotal when it is ("一、本年支出合计",
      // "二、年终结转结余"), else the first level below it.
      std::vector<std::size_t> parts = {*found.subtotal};
      int level = level_of(t, side, *found.subtotal);
      // A 其中 line under a carry-over (其中:财政拨款资金结转) is a memo of it, never a part.
      for (std::size_t c : one_level(t, side, labelled_between(t, side, *found.subtotal + 1, r),
                                     level > 0 ? level : -1))
        if (!printed_label(t, c, side.label_col).starts_with("其中")) parts.push_back(c);
      side_rows_sum(t, side, "grand_total_equals_subtotal_plus_carryover",
                    where(t, side, r) + " = subtotal + carry-over rows", r, parts, false, out);
    }
  }
  return found;
}

// The first row of this side whose label satisfies `pred`.
std::optional<std::size_t> side_row(const Table& t, const Side& side, auto&& pred) {
  for (std::size_t r = 0; r < t.rows.size(); ++r)
    if (pred(side_label(t, side, r))) return r;
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

// The views of the spending after the income side: a later view takes the first view's labels
// on the rows where it prints none, and each knows every view's money columns.
void link_spending_views(std::vector<Side>& sides) {
  if (sides.size() < 3) return;
  std::vector<std::size_t> money;
  for (std::size_t i = 1; i < sides.size(); ++i)
    money.insert(money.end(), sides[i].money.begin(), sides[i].money.end());
  for (std::size_t i = 1; i < sides.size(); ++i) {
    sides[i].spending_money = money;
    if (i > 1) sides[i].shared_label_col = sides[1].label_col;
  }
}

void income_equals_spending(const Table& t, const Side& income, std::size_t income_row,
                            const Side& spending, std::size_t spending_row,
                            std::vector<Check>& out) {
  SumSpec s;
  s.identity = "income_total_equals_expenditure_total";
  s.tables = {table_name(t)};
  s.location = where(t, income, income_row) + " = " + where(t, spending, spending_row);
  std::size_t ec = total_column(t, spending, spending_row, spending.money.front());
  s.total = cell_term(t, income_row, income.money.front());
  s.parts = {cell_term(t, spending_row, ec)};
  s.empty_parts_is_doubt = true;
  if (auto c = judge_sum(s)) out.push_back(std::move(*c));
}

}  // namespace

void check_side_by_side(const Table& t, std::vector<Check>& out) {
  if (t.empty || t.rows.empty()) return;
  std::vector<Side> sides = sides_of(t);
  if (sides.size() < 2) {
    // Only a table that is side by side by its kind owes these checks.
    if (t.kind != TableKind::IncomeExpenditureSummary &&
        t.kind != TableKind::FiscalAppropriationSummary)
      return;
    Check c;
    c.identity = "side_subtotal_equals_items";
    c.tables = {table_name(t)};
    c.verdict = Verdict::NotChecked;
    c.note = "its columns could not be told into a 收入 side and a 支出 side (" +
             std::to_string(sides.size()) + " label column(s) followed by amounts)";
    out.push_back(std::move(c));
    return;
  }
  link_spending_views(sides);
  SideTotals income = check_side(t, sides[0], out);
  for (std::size_t i = 1; i < sides.size(); ++i) {
    SideTotals spending = check_side(t, sides[i], out);
    if (i == 1) closing_balance(t, sides[0], sides[1], out);
    if (income.grand && spending.grand)
      income_equals_spending(t, sides[0], *income.grand, sides[i], *spending.grand, out);
  }
}

}  // namespace gongkai::check::detail

// Side-by-side summary tables (收支总表, 财政拨款收支总表): each Label column starts a side
// (收入 | 支出) whose money columns follow it. On each side: 本年收入合计 = Σ its items,
// 收入总计 = 本年收入合计 + the carry-over rows between them; across: 收入总计 = 支出总计.
#include <algorithm>
#include <optional>

#include "check/identities.h"
#include "check/row_sums.h"
#include "check/sum_check.h"
#include "check/table_view.h"

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

bool contains(std::string_view hay, std::string_view needle) {
  return hay.find(needle) != std::string_view::npos;
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

// Rows with a label on this side between `from` (exclusive) and `to` (exclusive). When some
// carry a Chinese ordinal (一、 二、) only those are items: the others are sub-items.
std::vector<std::size_t> items_between(const Table& t, const Side& side, std::size_t from,
                                       std::size_t to, bool ordinal_only_if_any) {
  std::vector<std::size_t> labelled, ordinal;
  for (std::size_t r = from; r < to; ++r) {
    std::string l = label_in(t, r, side.label_col);
    if (l.empty() || is_column_number_row(t, r)) continue;
    labelled.push_back(r);
    const Value* v = cell(t, r, side.label_col);
    if (has_ordinal_prefix(v->text)) ordinal.push_back(r);
  }
  if (ordinal_only_if_any) return ordinal.empty() ? labelled : ordinal;
  std::vector<std::size_t> plain;  // carry-over rows: those without an ordinal
  for (std::size_t r : labelled)
    if (!std::count(ordinal.begin(), ordinal.end(), r)) plain.push_back(r);
  return plain;
}

SideTotals check_side(const Table& t, const Side& side, std::vector<Check>& out) {
  SideTotals found;
  std::size_t start = 0;
  for (std::size_t r = 0; r < t.rows.size(); ++r) {
    std::string l = label_in(t, r, side.label_col);
    if (is_subtotal(l) && !found.subtotal) {
      found.subtotal = r;
      rows_sum(t, "side_subtotal_equals_items", where(t, side, r) + " = Σ items above it", r,
               items_between(t, side, start, r, true), side.money, true, out);
    } else if (is_grand_total(l) && !found.grand) {
      found.grand = r;
      if (!found.subtotal) continue;
      std::vector<std::size_t> parts = {*found.subtotal};
      for (std::size_t c : items_between(t, side, *found.subtotal + 1, r, false))
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
  Term term_of = term(amount(t, *row, col), 0, unreadable(t, *row, col));
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
  s.total = term(amount(t, *income.grand, ic), 0, unreadable(t, *income.grand, ic));
  s.parts = {term(amount(t, *spending.grand, ec), 0, unreadable(t, *spending.grand, ec))};
  s.empty_parts_is_doubt = true;
  if (auto c = judge_sum(s)) out.push_back(std::move(*c));
}

}  // namespace gongkai::check::detail

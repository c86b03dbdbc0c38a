// Judging narrative figures: a figure against the table cells it is linked to, a percentage
// against the figures it is worked out from (changes and shares).
#include <algorithm>

#include "check/narrative_common.h"
#include "check/sum_check.h"
#include "check/table_view.h"
#include "check/tolerance.h"

namespace gongkai::check::detail {

std::string excerpt(std::string_view heading, std::string_view text) {
  return "§" + std::string(heading) + ": '" + std::string(text) + "'";
}

bool judge_cells(std::string_view heading, std::string_view quote, const TextFigure& f,
                 const std::vector<CellRef>& cells, std::vector<Check>& out) {
  std::optional<Check> mismatch;
  std::optional<Decimal> only_value;
  bool one_value = true;
  for (const CellRef& ref : cells) {
    auto table_power = unit_power(ref.table->unit).value_or(f.unit_power);
    SumSpec s;
    s.identity = "narrative:figure";
    s.tables = {table_name(*ref.table)};
    s.total = term(f.value);
    if (ref.printed_empty) {
      // A table printed without any amount states 0 for its whole subject.
      s.location = excerpt(heading, quote) + " vs the table, printed empty";
      s.parts = {term(Decimal(0, f.value.scale()))};
    } else {
      s.location = excerpt(heading, quote) + " vs row " +
                   label_left_of(*ref.table, ref.row, ref.col) + ", column '" +
                   ref.table->columns[ref.col] + "'";
      s.parts = {cell_term(*ref.table, ref.row, ref.col, table_power - f.unit_power)};
    }
    if (!s.parts[0].value) s.parts[0] = term(Decimal(0, f.value.scale()));  // empty cell: 0
    // A figure in 万元 worked out from a table in 元 is rounded on its own, often from the
    // unrounded or separately rounded amounts behind it: a unit of its last digit is rounding.
    s.independent_rounding = table_power < f.unit_power;
    auto c = judge_sum(s);
    if (!c) continue;
    if (c->verdict == Verdict::Ok || c->verdict == Verdict::Rounding) {
      out.push_back(std::move(*c));
      return true;
    }
    Decimal v = *s.parts[0].value;
    if (only_value && *only_value != v) one_value = false;
    only_value = v;
    mismatch = std::move(c);
  }
  // Several candidate cells with different values and none agreeing: cannot attribute.
  if (!mismatch || !one_value || mismatch->verdict != Verdict::SourceError) return false;
  mismatch->note = "the narrative states " + f.value.to_string() + ", the table " +
                   mismatch->expected->to_string() + " (in the narrative's unit)";
  out.push_back(std::move(*mismatch));
  return true;
}

Check judge_percent(std::string identity, std::string location, const Ratio& r, Decimal printed) {
  Check c;
  c.identity = std::move(identity);
  c.location = std::move(location);
  int scale = printed.scale();
  auto exact = percent(r.numerator, r.denominator, scale);
  c.found = printed;
  c.expected = exact;
  if (!exact) {
    c.verdict = Verdict::ParseDoubt;
    c.note = "the base of the percentage is zero";
    return c;
  }
  c.difference = printed - *exact;
  if (c.difference->is_zero()) {
    c.verdict = Verdict::Ok;
    return c;
  }
  auto high =
      percent(r.numerator + r.numerator_half, r.denominator - r.denominator_half, scale + 4);
  auto low = percent(r.numerator - r.numerator_half, r.denominator + r.denominator_half, scale + 4);
  Decimal half = half_unit(-scale);
  if (high && low && printed + half >= *low && printed - half <= *high) {
    c.verdict = Verdict::Rounding;
    c.note = "reachable from the printed figures within their rounding (" + low->to_string() +
             "% to " + high->to_string() + "%)";
    return c;
  }
  // Shares of one list are often nudged by a unit so that they add up to 100% (99.94% and
  // 0.06% for 99.93% and 0.07%), or worked out from the unrounded figures behind the printed
  // ones: a printed percent one unit of its last decimal from the recomputed one is rounding,
  // not a misprint. Whole percents are not given that unit: it is a whole point.
  Decimal unit = half + half;
  if (scale >= 1 && (printed - *exact).abs() <= unit) {
    c.verdict = Verdict::Rounding;
    c.note = "one unit of the last printed digit from the recomputed " + exact->to_string() +
             "%: shares adjusted to add up to 100%, or worked out from unrounded figures";
    return c;
  }
  c.verdict = Verdict::SourceError;
  c.note = "recomputed " + exact->to_string() + "% from the printed figures";
  return c;
}

namespace {

Decimal in_yuan(const TextFigure& f) {
  return f.value.times_power_of_ten(f.unit_power);
}
Decimal half_in_yuan(const TextFigure& f) {
  return half_unit(last_digit(f.value, f.unit_power));
}

}  // namespace

void check_change(std::string_view heading, std::string_view quote, const TextFigure& current,
                  const TextFigure& change, Direction lead, std::string_view tail,
                  std::vector<Check>& out) {
  auto pct = change_percent(tail);
  if (!pct) return;  // without a percent or the previous figure nothing can be recomputed
  std::string where = excerpt(heading, quote);
  if (lead == Direction::Same || pct->direction != lead) {
    Check c;
    c.identity = "narrative:change";
    c.location = where;
    c.found = pct->percent;
    c.verdict = Verdict::SourceError;
    c.note = "the change and its percentage are given opposite directions";
    out.push_back(std::move(c));
    return;
  }
  Decimal now = in_yuan(current), delta = in_yuan(change);
  Decimal before = lead == Direction::Up ? now - delta : now + delta;
  if (before <= Decimal() || delta.is_negative()) return;
  Ratio r{delta, half_in_yuan(change), before, half_in_yuan(current) + half_in_yuan(change)};
  out.push_back(judge_percent("narrative:change", where, r, pct->percent));
}

// "2025年预算执行数为1690.69万元,2026年预算安排1434.89万元,比2025年预算执行数减少1.10%":
// both figures stated, the percent is (current − previous) / previous.
void check_against_previous(std::string_view heading, std::string_view quote,
                            const TextFigure& previous, const TextFigure& current,
                            const ChangePercent& stated, std::vector<Check>& out) {
  Decimal before = in_yuan(previous), now = in_yuan(current);
  if (before <= Decimal()) return;
  Decimal delta = now - before;
  Direction actual = delta.is_zero()       ? Direction::Same
                     : delta.is_negative() ? Direction::Down
                                           : Direction::Up;
  if (actual != Direction::Same && actual != stated.direction) {
    Check c;
    c.identity = "narrative:change";
    c.location = excerpt(heading, quote);
    c.expected = percent(delta, before, stated.percent.scale());
    c.found = stated.percent;
    c.verdict = Verdict::SourceError;
    c.note = std::string("the figures ") + (actual == Direction::Up ? "rise" : "fall") +
             " but the text says the opposite";
    out.push_back(std::move(c));
    return;
  }
  Ratio r{delta.abs(), half_in_yuan(previous) + half_in_yuan(current), before,
          half_in_yuan(previous)};
  out.push_back(judge_percent("narrative:change", excerpt(heading, quote), r, stated.percent));
}

void check_share(std::string_view heading, std::string_view quote, const TextFigure& whole,
                 const TextFigure& part, Decimal printed, std::vector<Check>& out) {
  Decimal base = in_yuan(whole);
  if (base <= Decimal()) return;
  Ratio r{in_yuan(part), half_in_yuan(part), base, half_in_yuan(whole)};
  out.push_back(judge_percent("narrative:share", excerpt(heading, quote), r, printed));
}

}  // namespace gongkai::check::detail

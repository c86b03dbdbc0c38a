#include "check/sum_check.h"

#include <algorithm>
#include <stdexcept>

#include "check/table_view.h"
#include "check/tolerance.h"

namespace gongkai::check::detail {
namespace {

thread_local const std::vector<Table>* tables_in_scope = nullptr;

void name_cell(const Term& t, Check& c) {
  if (t.table == nullptr || tables_in_scope == nullptr || tables_in_scope->empty()) return;
  const Table* first = tables_in_scope->data();
  if (t.table < first || t.table >= first + tables_in_scope->size()) return;
  c.cells.push_back({static_cast<std::size_t>(t.table - first), t.row, t.col});
}

bool present(const Term& t) {
  return t.value.has_value();
}

int exponent_of(const Term& t) {
  return t.exponent_shift - t.printed_scale;
}

Check base_check(const SumSpec& spec) {
  Check c;
  c.identity = spec.identity;
  c.tables = spec.tables;
  c.location = spec.location;
  name_cell(spec.total, c);
  for (const Term& p : spec.parts) name_cell(p, c);
  return c;
}

std::string rounding_note(const SumSpec& spec, int count, Decimal tolerance) {
  std::string n = std::to_string(std::max(count, 1));
  if (!spec.independent_rounding)
    return "within " + tolerance.to_string() + " (" + n +
           " × half a unit of the last printed digit)";
  return "within " + tolerance.to_string() + " (" + n +
         " × half a unit of the last printed digit, plus half a unit for the total): figures "
         "rounded independently in two places may differ by a unit of the last printed digit";
}

std::optional<Check> judge_exact_sum(const SumSpec& spec);

}  // namespace

// A sum too large for a Decimal (a misread cell gluing two amounts) is the reading's fault or
// the check's, never the document's: a parse doubt on this one check.
std::optional<Check> judge_sum(const SumSpec& spec) {
  try {
    return judge_exact_sum(spec);
  } catch (const std::overflow_error& e) {
    Check c = base_check(spec);
    c.verdict = Verdict::ParseDoubt;
    c.note = std::string("the sum overflows (") + e.what() + "): a cell may have been misread";
    return c;
  }
}

Term term(std::optional<Decimal> printed, int unit_power, bool unreadable) {
  Term t;
  t.unreadable = unreadable;
  t.exponent_shift = unit_power;
  if (printed) {
    t.printed_scale = printed->scale();
    t.value = unit_power == 0 ? *printed : printed->times_power_of_ten(unit_power);
  }
  return t;
}

Term cell_term(const Table& t, std::size_t row, std::size_t col, int unit_power) {
  Term out = term(amount(t, row, col), unit_power, unreadable(t, row, col));
  out.table = &t;
  out.row = row;
  out.col = col;
  return out;
}

TablesInScope::TablesInScope(const std::vector<Table>& tables) : previous_(tables_in_scope) {
  tables_in_scope = &tables;
}

TablesInScope::~TablesInScope() {
  tables_in_scope = previous_;
}

namespace {

std::optional<Check> judge_exact_sum(const SumSpec& spec) {
  const auto& parts = spec.parts;
  bool any_part = std::any_of(parts.begin(), parts.end(), present);
  bool any_unreadable =
      spec.total.unreadable ||
      std::any_of(parts.begin(), parts.end(), [](const Term& t) { return t.unreadable; });
  if (!present(spec.total) && !any_part && !any_unreadable) return std::nullopt;

  Decimal expected;
  int count = 0;
  int exponent = present(spec.total) ? exponent_of(spec.total) : -100;
  for (const Term& p : parts) {
    if (!present(p)) continue;
    expected += *p.value;
    ++count;
    exponent = std::max(exponent, exponent_of(p));
  }

  Check c = base_check(spec);
  c.expected = expected;
  c.found = spec.total.value;
  if (any_unreadable) {
    c.verdict = Verdict::ParseDoubt;
    c.note = "a cell the identity needs holds text or is missing from the row";
    return c;
  }
  if (!present(spec.total)) {
    if (expected.is_zero()) return std::nullopt;
    c.verdict = Verdict::ParseDoubt;
    c.difference = -expected;
    c.note = "the total cell is empty while its parts sum to " + expected.to_string();
    return c;
  }
  if (!any_part && !spec.total.value->is_zero()) {
    if (!spec.empty_parts_is_doubt) return std::nullopt;
    c.verdict = Verdict::ParseDoubt;
    c.difference = *spec.total.value;
    c.note = "every part is empty while the total is printed: cells may be missing";
    return c;
  }

  Decimal difference = *spec.total.value - expected;
  c.difference = difference;
  int halves = std::max(count, 1) + (spec.independent_rounding ? 1 : 0);
  Decimal tolerance = rounding_tolerance(halves, exponent);
  Outcome outcome = judge(difference, tolerance);
  if (outcome != Outcome::Failed) {
    c.verdict = verdict_of(outcome);
    if (outcome == Outcome::Rounding) c.note = rounding_note(spec, count, tolerance);
    return c;
  }
  if (spec.rounded_apart) {
    if (auto why = spec.rounded_apart(difference, tolerance)) {
      c.verdict = Verdict::Rounding;
      c.note = *why;
      return c;
    }
  }
  if (spec.slid) {
    if (auto why = spec.slid(difference, tolerance)) {
      c.verdict = Verdict::ParseDoubt;
      c.note = *why;
      return c;
    }
  }
  c.verdict = Verdict::SourceError;
  c.note = "differs by more than the rounding tolerance " + tolerance.to_string();
  return c;
}

}  // namespace
}  // namespace gongkai::check::detail

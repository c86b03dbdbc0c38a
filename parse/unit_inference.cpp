#include "parse/unit_inference.h"

#include <optional>
#include <set>
#include <string>

namespace gongkai::parse {
namespace {

// Fewer significant digits than this could agree by chance (a 12 in two tables means nothing).
constexpr int kMinDigits = 5;

int significant_digits(Decimal d) {
  int digits = 0;
  for (auto u = d.abs().units(); u > 0; u /= 10) ++digits;
  return digits;
}

// Tables whose amounts are money of one unit: the 绩效目标 forms print indicator values in the
// unit of each row, a table list prints none.
bool holds_money(const Table& t) {
  return !is_performance_targets(t.kind) && t.kind != TableKind::TableList &&
         t.kind != TableKind::BudgetUnits && t.kind != TableKind::Unknown && !t.empty;
}

template <typename F>
void for_each_amount(const Table& t, F&& f) {
  for (const auto& row : t.rows)
    for (std::size_t c = 0; c < row.size() && c < t.roles.size(); ++c)
      if (t.roles[c] == ColumnRole::Amount && row[c].is_amount()) f(row[c].amount);
}

// The table's total: its largest amount, which every summing table prints on its 合计 line.
std::optional<Decimal> largest_amount(const Table& t) {
  std::optional<Decimal> best;
  for_each_amount(t, [&](Decimal d) {
    if (!best || d.abs() > best->abs()) best = d.abs();
  });
  return best;
}

bool prints_amount(const Table& t, Decimal wanted) {
  bool found = false;
  for_each_amount(t, [&](Decimal d) { found = found || d.abs() == wanted; });
  return found;
}

void infer_unit(Document& doc, std::size_t target) {
  Table& t = doc.tables[target];
  auto total = largest_amount(t);
  if (!total || significant_digits(*total) < kMinDigits) return;
  std::set<std::string> units;
  const Table* witness = nullptr;
  for (std::size_t i = 0; i < doc.tables.size(); ++i) {
    const Table& other = doc.tables[i];
    if (i == target || other.unit.empty() || !holds_money(other)) continue;
    if (!prints_amount(other, *total)) continue;
    units.insert(other.unit);
    witness = &other;
  }
  if (units.size() != 1) return;
  t.unit = *units.begin();
  doc.diagnostics.push_back({Diagnostic::Severity::Info, t.pages.empty() ? 0 : t.pages.front(),
                             "table '" + numbered_title(t) + "' prints no unit; " + t.unit +
                                 " is taken from table '" + numbered_title(*witness) +
                                 "', which prints the same total " + total->to_string(),
                             "unit_inferred"});
}

}  // namespace

void infer_missing_units(Document& doc) {
  for (std::size_t i = 0; i < doc.tables.size(); ++i)
    if (doc.tables[i].unit.empty() && holds_money(doc.tables[i])) infer_unit(doc, i);
}

}  // namespace gongkai::parse

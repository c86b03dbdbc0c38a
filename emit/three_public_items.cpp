#include "emit/three_public_items.h"

#include <map>
#include <optional>
#include <set>
#include <string>
#include <utility>

#include "core/column_name.h"
#include "emit/row_key.h"
#include "normalize/vocabulary.h"
#include "parse/column_roles.h"

namespace gongkai::emit {
namespace {

using normalize::PublicItem;
using Item = std::optional<PublicItem>;

bool is_amount(const Table& t, std::size_t c) {
  return c < t.roles.size() && t.roles[c] == ColumnRole::Amount;
}

// The item a column's name names: its rightmost segment that names one ("因公出国(境)费/一般公共
// 预算" → Abroad; "公务用车购置及运行维护费/小计" → the group), a 购置费/运行费 segment under a
// 公务用车 group being that group's part ("…购置及运行费/运行费").
Item column_item(std::string_view column) {
  Item item;
  while (!column.empty()) {
    auto slash = column.find('/');
    std::string_view segment = column.substr(0, slash);
    Item named = normalize::public_item(segment);
    if (!named && item == PublicItem::Vehicle) {
      Item part = normalize::public_item("公务用车" + std::string(segment));
      if (part != PublicItem::Vehicle) named = part;
    }
    if (named) item = named;
    column = slash == std::string_view::npos ? std::string_view{} : column.substr(slash + 1);
  }
  return item;
}

// A column holding a part of its group by source of funds or by kind of spending.
bool is_part(std::string_view column) {
  using parse::AmountRole;
  switch (parse::column_meaning(last_segment(column), 0).role) {
    case AmountRole::GeneralBudget:
    case AmountRole::FundBudget:
    case AmountRole::StateCapital:
    case AmountRole::FiscalSpecial:
    case AmountRole::UnitFunds:
    case AmountRole::FiscalAppropriation:
    case AmountRole::Basic:
    case AmountRole::Project:
    case AmountRole::CurrentYear:
    case AmountRole::CarryOver:
      return true;
    default:
      return false;
  }
}

// Columns that count: a whole, or a part whose group (the same header above it, the same item)
// prints no whole.
std::vector<bool> counted_columns(const Table& t, const std::vector<Item>& items) {
  std::set<std::pair<std::string_view, Item>> with_whole;
  for (std::size_t c = 0; c < t.columns.size(); ++c)
    if (is_amount(t, c) && !is_part(t.columns[c]))
      with_whole.insert({column_prefix(t.columns[c]), items[c]});
  std::vector<bool> out(t.columns.size(), false);
  for (std::size_t c = 0; c < t.columns.size(); ++c)
    out[c] = is_amount(t, c) && (!is_part(t.columns[c]) ||
                                 !with_whole.contains({column_prefix(t.columns[c]), items[c]}));
  return out;
}

// The items that count: the three, and the 公务用车 group in place of its parts unless both are
// printed.
std::set<PublicItem> counted_items(const std::vector<Item>& named) {
  bool purchase = false, operation = false;
  for (const Item& i : named) {
    purchase = purchase || i == PublicItem::VehiclePurchase;
    operation = operation || i == PublicItem::VehicleOperation;
  }
  if (purchase && operation)
    return {PublicItem::Abroad, PublicItem::Reception, PublicItem::VehiclePurchase,
            PublicItem::VehicleOperation};
  return {PublicItem::Abroad, PublicItem::Reception, PublicItem::Vehicle};
}

bool names_an_item(const Item& i) {
  return i && *i != PublicItem::Total;
}

}  // namespace

std::vector<std::vector<std::string_view>> three_public_items(const Table& table,
                                                              const std::vector<bool>& totals) {
  if (table.kind != TableKind::ThreePublicExpenses) return {};
  std::vector<Item> columns(table.columns.size());
  bool by_column = false;
  for (std::size_t c = 0; c < table.columns.size(); ++c) {
    if (!is_amount(table, c)) continue;
    columns[c] = column_item(table.columns[c]);
    by_column = by_column || names_an_item(columns[c]);
  }
  std::vector<Item> rows(table.rows.size());
  if (!by_column)
    for (std::size_t r = 0; r < table.rows.size(); ++r)
      rows[r] = normalize::public_item(row_label(table, r));
  const std::set<PublicItem> counted = counted_items(by_column ? columns : rows);
  // Items as rows: every column of the table is the same group of one row.
  const std::vector<bool> whole =
      counted_columns(table, by_column ? columns : std::vector<Item>(table.columns.size()));
  std::vector<std::vector<std::string_view>> out(table.rows.size());
  for (std::size_t r = 0; r < table.rows.size(); ++r) {
    out[r].assign(table.rows[r].size(), {});
    if (by_column && !(r < totals.size() && totals[r])) continue;
    for (std::size_t c = 0; c < table.rows[r].size() && c < whole.size(); ++c) {
      Item item = by_column ? columns[c] : rows[r];
      if (whole[c] && item && counted.contains(*item))
        out[r][c] = normalize::public_item_name(*item);
    }
  }
  return out;
}

}  // namespace gongkai::emit

#include "check/three_public.h"

#include <string>

#include "check/table_view.h"

namespace gongkai::check::detail {
namespace {

bool has(std::string_view hay, std::string_view needle) {
  return hay.find(needle) != std::string_view::npos;
}

std::optional<PublicItem> vehicle_item(std::string_view s) {
  bool purchase = has(s, "购置"), operation = has(s, "运行") || has(s, "维护");
  if (purchase && operation) return PublicItem::Vehicle;
  if (purchase) return PublicItem::VehiclePurchase;
  if (operation) return PublicItem::VehicleOperation;
  return PublicItem::Vehicle;
}

}  // namespace

std::optional<PublicItem> public_item(std::string_view text) {
  std::string s = without_spaces(text);
  if (has(s, "因公出国") || has(s, "出国(境)") || has(s, "出国（境）")) return PublicItem::Abroad;
  if (has(s, "公务接待")) return PublicItem::Reception;
  if (has(s, "公务用车")) return vehicle_item(s);
  if (has(s, "会议费")) return PublicItem::Meeting;
  if (has(s, "培训费")) return PublicItem::Training;
  if (has(s, "三公")) return PublicItem::Total;
  return std::nullopt;
}

std::optional<PublicItem> public_item_of_column(std::string_view column) {
  std::string_view last = last_segment(column);
  if (auto item = public_item(last)) return item;
  std::string_view prefix = column_prefix(column);
  if (prefix.empty()) return std::nullopt;
  std::string_view group = last_segment(prefix);
  if (is_total_column_name(last)) return public_item(group);
  // "公务用车购置及运行费/购置费": the part named by the group it stands under.
  std::string leaf = without_spaces(last);
  auto item = public_item(group);
  if (item == PublicItem::Vehicle && (has(leaf, "购置") || has(leaf, "运行")))
    return vehicle_item(leaf);
  // "因公出国(境)费/一般公共预算": an item split by source of funds.
  if (has(leaf, "预算") || has(leaf, "基金") || has(leaf, "财政")) return item;
  return std::nullopt;
}

bool is_part_of_public_total(PublicItem item) {
  return item != PublicItem::Total && item != PublicItem::Meeting && item != PublicItem::Training;
}

}  // namespace gongkai::check::detail

#include "check/three_public.h"

#include <string>

#include "check/table_view.h"

namespace gongkai::check::detail {
namespace {

bool has(std::string_view hay, std::string_view needle) {
  return hay.find(needle) != std::string_view::npos;
}

}  // namespace

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
    return public_item("公务用车" + leaf);
  // "因公出国(境)费/一般公共预算": an item split by source of funds.
  if (has(leaf, "预算") || has(leaf, "基金") || has(leaf, "财政")) return item;
  return std::nullopt;
}

bool is_part_of_public_total(PublicItem item) {
  return item != PublicItem::Total && item != PublicItem::Meeting && item != PublicItem::Training;
}

}  // namespace gongkai::check::detail

#include "check/three_public.h"

#include <string>

#include "check/table_view.h"

namespace gongkai::check::detail {
namespace {

bool has(std::string_view hay, std::string_view needle) {
  return hay.find(needle) != std::string_view::npos;
}

// "预算数", "决算数", "年初预算数": the stage a final account prints under each item. Which stage
// a figure states is told by the column's whole name (narrative_link.cpp), not here.
bool is_stage(std::string_view leaf) {
  std::string s = without_spaces(leaf);
  for (std::string_view lead : {"年初", "全年", "调整"})
    if (s.starts_with(lead)) s.erase(0, lead.size());
  if (s.ends_with("数")) s.resize(s.size() - std::string_view("数").size());
  return s == "预算" || s == "决算" || s == "执行";
}

}  // namespace

std::optional<PublicItem> public_item_of_column(std::string_view column) {
  std::string_view last = last_segment(column);
  if (auto item = public_item(last)) return item;
  std::string_view prefix = column_prefix(column);
  if (prefix.empty()) return std::nullopt;
  // "因公出国(境)费/决算数", "合计/预算数": the item is the header above the stage.
  if (is_stage(last)) return public_item_of_column(prefix);
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

#include "normalize/vocabulary.h"

#include <re2/re2.h>

#include <string>

#include "normalize/regex.h"

namespace gongkai::normalize {

bool names_a_total(std::string_view label) {
  static const Regex re(R"(^(?:.{0,12}(?:合\s*计|总\s*计|小\s*计))$)");
  return RE2::FullMatch(label, re);
}

bool names_the_grand_total(std::string_view canonical) {
  static const Regex re(R"(^(?:部门|本表)?合\s*计(?:数)?$|^总\s*计$)");
  return RE2::FullMatch(canonical, re);
}

namespace {

bool has(std::string_view hay, std::string_view needle) {
  return hay.find(needle) != std::string_view::npos;
}

PublicItem vehicle_item(std::string_view s) {
  bool purchase = has(s, "购置"), operation = has(s, "运行") || has(s, "维护");
  if (purchase && !operation) return PublicItem::VehiclePurchase;
  if (operation && !purchase) return PublicItem::VehicleOperation;
  return PublicItem::Vehicle;
}

}  // namespace

std::optional<PublicItem> public_item(std::string_view text) {
  std::string s;
  for (char c : text)
    if (c != ' ') s += c;
  if (has(s, "因公出国") || has(s, "出国(境)") || has(s, "出国（境）")) return PublicItem::Abroad;
  if (has(s, "公务接待")) return PublicItem::Reception;
  if (has(s, "公务用车")) return vehicle_item(s);
  if (has(s, "会议费")) return PublicItem::Meeting;
  if (has(s, "培训费")) return PublicItem::Training;
  if (has(s, "三公")) return PublicItem::Total;
  return std::nullopt;
}

std::string_view public_item_name(PublicItem item) {
  switch (item) {
    case PublicItem::Total:
      return "三公经费";
    case PublicItem::Abroad:
      return "因公出国（境）";
    case PublicItem::Reception:
      return "公务接待";
    case PublicItem::Vehicle:
      return "公务用车购置及运行";
    case PublicItem::VehiclePurchase:
      return "公务用车购置";
    case PublicItem::VehicleOperation:
      return "公务用车运行";
    case PublicItem::Meeting:
      return "会议费";
    case PublicItem::Training:
      return "培训费";
  }
  return {};
}

}  // namespace gongkai::normalize

// Internal to check/: the items of a 三公经费 table, whatever their spelling — quotes straight,
// curly or none ("三公", “三公”, "三公"), 费/费用/经费/支出, the 公务用车 group written in full or
// shortened under its group header ("公务用车购置及运行费/购置费").
//
//   public_item("因公出国(境)费用")                         → Abroad
//   public_item("公务用车购置及运行维护费")                 → Vehicle (the group)
//   public_item("其中:(1)公务用车购置预算支出")              → VehiclePurchase
//   public_item("会议费")                                   → Meeting (not a part of 三公)
//   public_item_of_column("公务用车购置及运行维护费/小计")   → Vehicle (a group's own total)
//   public_item_of_column("“三公”经费预算数/合计")           → Total
//
// 三公 合计 = 因公出国(境) + 公务接待 + 公务用车 (购置 + 运行); 会议费 and 培训费 are printed
// beside it in some tables and are no part of it.
#pragma once

#include <optional>
#include <string_view>

namespace gongkai::check::detail {

enum class PublicItem {
  Total,             // "三公"经费 (合计)
  Abroad,            // 因公出国(境)
  Reception,         // 公务接待
  Vehicle,           // 公务用车购置及运行(维护): the group
  VehiclePurchase,   // 公务用车购置
  VehicleOperation,  // 公务用车运行(维护)
  Meeting,           // 会议费
  Training,          // 培训费
};

// The item a label, a header segment or a narrative subject names; nullopt for anything else
// (合计 alone, 行政经费, 机关运行经费 …).
std::optional<PublicItem> public_item(std::string_view text);

// The item a flattened column header names: its last segment, or for a 合计/小计 segment the
// group above it; a 购置费/运行费 segment under a 公务用车 group is that group's part.
std::optional<PublicItem> public_item_of_column(std::string_view column);

// The parts of 三公 合计: 因公出国(境), 公务接待 and the 公务用车 group or its two parts.
bool is_part_of_public_total(PublicItem item);

}  // namespace gongkai::check::detail

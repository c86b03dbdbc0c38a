// Internal to check/: the items of a 三公经费 table (their words: normalize/vocabulary.h), the
// 公务用车 group written in full or shortened under its group header
// ("公务用车购置及运行费/购置费").
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

#include "normalize/vocabulary.h"

namespace gongkai::check::detail {

using normalize::public_item;
using normalize::PublicItem;

// The item a flattened column header names: its last segment, or for a 合计/小计 segment the
// group above it; a 购置费/运行费 segment under a 公务用车 group is that group's part.
std::optional<PublicItem> public_item_of_column(std::string_view column);

// The parts of 三公 合计: 因公出国(境), 公务接待 and the 公务用车 group or its two parts.
bool is_part_of_public_total(PublicItem item);

}  // namespace gongkai::check::detail

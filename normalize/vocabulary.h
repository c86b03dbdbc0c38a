// The table vocabulary shared by parse/ and check/: the words that name totals, written once, as
// patterns (spaces inside the words allowed: PDFs print "合 计").
//
//   names_a_total("本年收入合计")        // true: a totals line, grand or partial
//   names_a_total("项目支出")            // false
//   names_the_grand_total("合计")        // true
//   names_the_grand_total("本年收入合计") // false: a part of the table, not its whole
#pragma once

#include <optional>
#include <string_view>

namespace gongkai::normalize {

// A label of a totals line, grand or partial: 合计, 总计 or 小计, with at most 12 characters before
// it ("本年收入合计", "收入总计", "部门小计", "一、合 计").
bool names_a_total(std::string_view label);

// The grand total of a table, from its canonical label (spaces and ordinals removed): 合计, 总计,
// 部门合计, 合计数, 本表合计. Never a partial total (本年收入合计, 小计).
bool names_the_grand_total(std::string_view canonical);

// The items of a 三公经费 table, whatever their spelling: quotes straight, curly or none ("三公",
// “三公”), 费/费用/经费/支出, ordinals ("其中:(1)公务用车购置费"), parentheses half or full width.
// 三公 合计 = 因公出国(境) + 公务接待 + 公务用车 (购置 + 运行); 会议费 and 培训费 are printed
// beside it in some tables and are no part of it.
//
//   public_item("因公出国(境)费用")              → Abroad
//   public_item("公务用车购置及运行维护费")      → Vehicle (the group)
//   public_item("其中:(1)公务用车购置预算支出")  → VehiclePurchase
//   public_item("“三公”经费预算数")              → Total
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

// The item a label or a header segment names; nullopt for anything else (合计 alone, 行政经费,
// 机关运行经费 …).
std::optional<PublicItem> public_item(std::string_view text);

// The item's name in the outputs, one spelling for all: 因公出国（境）, 公务接待, 公务用车购置,
// 公务用车运行, 公务用车购置及运行 (the group), 三公经费, 会议费, 培训费.
std::string_view public_item_name(PublicItem item);

}  // namespace gongkai::normalize

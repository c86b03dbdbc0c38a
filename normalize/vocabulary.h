// The table vocabulary shared by parse/ and check/: the words that name totals, written once, as
// patterns (spaces inside the words allowed: PDFs print "合 计").
//
//   names_a_total("本年收入合计")        // true: a totals line, grand or partial
//   names_a_total("项目支出")            // false
//   names_the_grand_total("合计")        // true
//   names_the_grand_total("本年收入合计") // false: a part of the table, not its whole
#pragma once

#include <string_view>

namespace gongkai::normalize {

// A label of a totals line, grand or partial: 合计, 总计 or 小计, with at most 12 characters before
// it ("本年收入合计", "收入总计", "部门小计", "一、合 计").
bool names_a_total(std::string_view label);

// The grand total of a table, from its canonical label (spaces and ordinals removed): 合计, 总计,
// 部门合计, 合计数, 本表合计. Never a partial total (本年收入合计, 小计).
bool names_the_grand_total(std::string_view canonical);

}  // namespace gongkai::normalize

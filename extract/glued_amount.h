// A name too long for its ruled cell runs on, hidden, under the cells to its right, and poppler
// glues its last character to the amount printed in the amount cell it reaches:
//
//   glued_amount_offset("机关事业单位职业年金缴费支出43608.96")  // 42: "43608.96" begins there
//   glued_amount_offset("2026年")                                // nullopt: no amount at the end
//
// This is the text half of the rule; layout.cpp only splits such a word when the amount also
// lies wholly in an amount column, alone in its cell and aligned with that column's amounts.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

namespace gongkai::extract {

// The byte offset of an amount that ends `text` right after a name: an ideograph or a closing
// bracket, then a well-formed amount with a fraction ("43608.96") or thousands groups
// ("1,839,311"). A bare integer is never taken, as names end in one ("任务1", "表16"). nullopt
// for names that hold numbers ("2026年", "第2批", "G312国道", "[2011301]行政运行") and for plain
// amounts. A name ending in digits glued to a decimal ("项目1" + "43608.96") cannot be told apart;
// the names of budget rows (科目, economic classes) never end in digits.
std::optional<std::size_t> glued_amount_offset(std::string_view text);

}  // namespace gongkai::extract

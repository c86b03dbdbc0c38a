// The 三公 item each amount of a 三公经费 table counts toward: the tidy rows' `three_public_item`
// (docs/columns.md). Internal to emit/ (tidy.cpp).
//
// An item is named by the row (items as rows: gz, fj) or by the column (items as columns, on the
// table's total line: js, sh, sz …), and only where the amount counts toward the item's whole, so
// that summing an item's amounts gives it once:
// - where the item prints a whole (合计, or a column of no fund) beside its parts by fund or by
//   spending (一般公共预算 | 政府性基金 …), the whole, not the parts;
// - where it prints only its parts (Shenzhen: 因公出国(境)费/一般公共预算 | …/政府性基金预算 | …),
//   every part;
// - the 公务用车 group only where the table does not print both its parts (购置, 运行);
// - never the 三公 total, 会议费 or 培训费.
//
//   // columns: 因公出国(境)费/一般公共预算 | 因公出国(境)费/政府性基金预算 | 总计/一般公共预算 …
//   three_public_items(table, totals)[0][0] == "因公出国（境）";   [0][2] is empty (the 总计)
#pragma once

#include <string_view>
#include <vector>

#include "core/model.h"

namespace gongkai::emit {

// items[row][col]: the item's name (normalize::public_item_name), or "" where the amount counts
// toward none. `totals` flags the table's (or a unit's) total lines (tidy's is_total). Empty for a
// table of another kind.
std::vector<std::vector<std::string_view>> three_public_items(const Table& table,
                                                              const std::vector<bool>& totals);

}  // namespace gongkai::emit

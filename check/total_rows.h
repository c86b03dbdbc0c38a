// Which rows of a table are totals: one home for the words, shared by the checks (check/
// table_view.h reads the same vocabulary) and the tidy rows' `is_total`.
//
//   // rows: 合计 | 201 一般公共服务支出 | 2010301 行政运行 …
//   gongkai::check::total_rows(table);   // {true, false, false, …}
//
// A total row has no 科目编码 and is labelled 合计, 总计, 部门合计, 合计数 or 本表合计 (ordinals
// and spaces aside), or is the department's own line of a table printed by 预算单位 (named as the
// department, above the first unit's block), or a unit's own line heading its block (the unit's
// total; the tidy row's budget_unit says whose).
#pragma once

#include <string_view>
#include <vector>

#include "core/model.h"

namespace gongkai::check {

// One flag per row of the table.
std::vector<bool> total_rows(const Table& table);

// A printed label that names a grand total (合计, 总计, "一、合计", "合 计").
bool is_total_label_text(std::string_view printed);

}  // namespace gongkai::check

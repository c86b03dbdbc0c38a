// Tables that print the year in a row rather than in the header: Shenzhen's 三公 table reads
// 预算单位 | 年度 | 总计/一般公共预算 | …, each unit's line printed as three rows (2025年, 2026年,
// 增减变化金额) under its name, which stands on the first. The year column's cells say what
// a header would: the year of the row's amounts, or that they are a change.
//
//   // rows: 深圳市审计局 | 2025年 | 176.01 …   / "" | 2026年 | 147.90 …   / "" | 增减变化金额 | …
//   auto lines = gongkai::emit::year_rows(table);
//   lines[1].year == 2026; lines[1].line == 0; lines[1].name == "深圳市审计局";
//   lines[2].change == true;
//
// Internal to emit/ (tidy.cpp).
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "core/model.h"

namespace gongkai::emit {

struct YearRow {
  int year = 0;          // the year the row's label names; 0 when none
  bool change = false;   // the row holds changes (增减变化金额)
  std::size_t line = 0;  // the row that opens the line this row belongs to (the name's row)
  std::string name;      // the line's name (its first label outside the year column); the row's
                         // own year label where the table prints no other name
};

// One entry per row, or none when the table has no year column: a label column whose every
// non-empty cell names a year or a change (parse::row_label_meaning), at least one a year.
std::vector<YearRow> year_rows(const Table& table);

}  // namespace gongkai::emit

// Names made from a table for files and sheets, so that two tables of one kind can be told apart:
// its order, its kind and a short form of its title.
//
//   gongkai::emit::short_title(table, 32);       // "一般公共预算支出预算表(不含上年结转)"
//   gongkai::emit::table_sheet_name(table, 4);   // "05 一般公共预算支出预算表(不含上年结转)"
//   gongkai::emit::table_csv_name(table, 4);     // (emit.h) "05-general_budget_expenditure-…csv"
#pragma once

#include <cstddef>
#include <string>

#include "core/model.h"

namespace gongkai::emit {

// The title without the department's name and the year ("2024年度", "2024年"), without
// characters unsafe in file and sheet names (/ \ : * ? " < > | [ ] and control characters;
// spaces become '_'), cut to at most `max_chars` whole UTF-8 characters. Empty when nothing is
// left.
std::string short_title(const Table& table, std::size_t max_chars);

// An Excel sheet name: "NN short title", at most 31 characters, none of []:*?/\ and no
// apostrophe at either end (Excel's rules); unique within a workbook through its order number.
std::string table_sheet_name(const Table& table, std::size_t index);

}  // namespace gongkai::emit

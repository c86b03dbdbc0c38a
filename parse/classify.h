// Table kinds from titles (docs/table-kinds.md): classify by the title's words, never by position.
//
//   classify_title("2024年预算收支总表")                 == "income_expenditure_summary"
//   classify_title("2024年财政拨款安排“三公”经费支出预算表") == "three_public_expenses"
//   classify_title("某某统计表")                         == "unknown"
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace gongkai::parse {

std::string classify_title(std::string_view title);

// Every kind classify_title can return, in documentation order (for --help and the README).
const std::vector<std::string>& known_kinds();

}  // namespace gongkai::parse

// Table kinds from titles (docs/table-kinds.md): classify by the title's words, never by position.
//
//   classify_title("2024年预算收支总表")                 == TableKind::IncomeExpenditureSummary
//   classify_title("2024年财政拨款安排“三公”经费支出预算表") == TableKind::ThreePublicExpenses
//   classify_title("某某统计表")                         == TableKind::Unknown
#pragma once

#include <string_view>

#include "core/table_kinds.h"

namespace gongkai::parse {

TableKind classify_title(std::string_view title);

}  // namespace gongkai::parse

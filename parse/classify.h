// Table kinds from titles (docs/table-kinds.md): classify by the title's words, never by position.
//
//   classify_title("2024年预算收支总表")                 == TableKind::IncomeExpenditureSummary
//   classify_title("2024年财政拨款安排“三公”经费支出预算表") == TableKind::ThreePublicExpenses
//   classify_title("某某统计表")                         == TableKind::Unknown
//   classify_title("财政拨款政府购买服务明细表")          == TableKind::GovernmentPurchasedServices
#pragma once

#include <span>
#include <string>
#include <string_view>

#include "core/table_kinds.h"

namespace gongkai::parse {

TableKind classify_title(std::string_view title);

// The kind a table's column names tell when its title does not (a table printed under narrative,
// with no title): Unknown when they tell none.
//   classify_columns({"项目名称", "自评分数"}) == TableKind::PerformanceSelfEvaluation
TableKind classify_columns(std::span<const std::string> columns);

}  // namespace gongkai::parse

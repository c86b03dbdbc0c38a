// What an amount column is, from its printed (flattened) name: the vocabulary of the tidy rows'
// `column_role` and `column_year` (docs/columns.md). One home for these words, so that every
// output names a column alike, whatever each city prints.
//
//   auto m = gongkai::parse::column_meaning("本年收入/一般公共预算", 2024);
//   m.role == AmountRole::GeneralBudget; m.year == 0;            // no year printed
//   gongkai::parse::column_meaning("2024年预算数/合计", 2024).role   // Total, year 2024
//   gongkai::parse::column_meaning("2023年预算数", 2024).role        // PriorYear, year 2023
//   gongkai::parse::column_meaning("上年结转", 2024).role            // CarryOver
//
// The name's '/'-separated segments are read from the right: the leaf names what the column
// holds ("2024年预算数/基本支出" is basic), and a leaf that only says "total" or "amount" (合计,
// 小计, 金额, 预算数, a bare year) defers to its group ("本年收入/合计" is current_year). A leaf
// that names something outside the vocabulary (人员经费, 公务接待费) is `other`.
#pragma once

#include <optional>
#include <span>
#include <string_view>
#include <vector>

namespace gongkai::parse {

enum class AmountRole {
  Total,          // the whole of the row: 合计, 总计, 金额, 预算数, a bare year
  Basic,          // 基本支出
  Project,        // 项目支出
  CurrentYear,    // 本年收入, 当年预算安排: this year's money, without carry-over
  CarryOver,      // 上年结转, 结转结余, 年初结转和结余
  PriorYear,      // 上年预算数, 2023年预算数 in a 2024 document: last year's figures
  Change,         // 增减, 增长率, 比上年增减: a difference, not a level
  GeneralBudget,  // 一般公共预算
  FundBudget,     // 政府性基金
  StateCapital,   // 国有资本经营
  FiscalSpecial,  // 财政专户管理资金, 教育收费专户
  UnitFunds,  // 单位资金, 事业收入, 事业单位经营收入, 其他收入, 上级补助收入
  FiscalAppropriation,  // 财政拨款 as a whole (the three budgets together)
  Budgeted,             // a final account's 预算数 printed beside its 决算数: the plan
  Other,                // anything else (人员经费, 公务接待费, 行次)
};

struct AmountRoleInfo {
  AmountRole role;
  std::string_view name;         // as written in the outputs: "general_budget"
  std::string_view description;  // one line, for docs
};

// Every role, in documentation order, `other` last.
std::span<const AmountRoleInfo> amount_roles();
std::string_view amount_role_name(AmountRole role);

struct ColumnMeaning {
  AmountRole role = AmountRole::Other;
  int year = 0;  // the year printed in the name ("2025年预算数" → 2025); 0 when none is printed
};

// The meaning of a flattened column name (normalised text). `document_year` (0 when unknown)
// tells a prior year's column (2023年预算数 in a 2024 budget) from the document's own.
ColumnMeaning column_meaning(std::string_view column, int document_year);

// What a row label says when it plays a column's part: some tables print the year in a row, not
// in the header (Shenzhen's 三公 table: 预算单位 | 年度 | … with rows 2025年, 2026年, 增减变化金额
// under each unit). A label that names only a year ("2025年", "2025年度", "2026年预算数") is
// {Total, that year}; one that names only a change ("增减变化金额", "比上年增减", "增减额") is
// {Change, 0}; any other label (a name, "2025年中央补助", "同比增长5%") is nullopt.
std::optional<ColumnMeaning> row_label_meaning(std::string_view label);

// The meanings of a table's amount columns, read together, since a word means what its
// neighbours let it mean:
// - header segments every column shares say nothing about any one of them: under
//   "一般公共预算支出/合计 | …/基本支出 | …/项目支出" the 合计 is the table's total, not a part;
// - 本年 is a part (current_year) only beside a carry-over column; without one, "本年支出合计" is
//   the total;
// - in a final account (`final_account`), a column whose name differs from another's only by a
//   segment 预算数 (年初预算数, 全年预算数, 调整预算数, 预算) where the other prints 决算数 (决算)
//   is the budget the outcome is measured against: budgeted ("预算数/公务接待费" beside
//   "决算数/公务接待费"; "…/合计/预算数" beside "…/合计/决算数").
std::vector<ColumnMeaning> column_meanings(const std::vector<std::string_view>& columns,
                                           int document_year, bool final_account = false);

}  // namespace gongkai::parse

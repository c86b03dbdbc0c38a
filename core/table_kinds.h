// The table kinds: one home for their names and what each holds (docs/table-kinds in the README,
// `gongkai kinds`, the JSON `kind`, the CSV file names). parse/classify.cpp decides a table's kind
// from its title's words. The code names a kind by its enumerator, so that a misspelt kind does
// not compile; core/table_kinds.cpp is the only place the names written in the outputs are spelled.
//
//   name(TableKind::ThreePublicExpenses);            // "three_public_expenses"
//   table_kind_from_name("income");                   // TableKind::Income; nullopt when unknown
#pragma once

#include <optional>
#include <ostream>
#include <span>
#include <string_view>

namespace gongkai {

enum class TableKind {
  IncomeExpenditureSummary,
  Income,
  Expenditure,
  FiscalAppropriationSummary,
  FiscalAppropriationExpenditure,
  GeneralBudgetExpenditure,
  GeneralBudgetExpenditureEconomic,
  GeneralBudgetBasicExpenditure,
  BasicExpenditure,
  GovFundIncome,
  GovFundExpenditure,
  StateCapitalBudget,
  ThreePublicExpenses,
  MeetingTrainingExpenses,
  AgencyOperatingExpenses,
  ProjectExpenditureCarryover,
  ProjectExpenditure,
  GovernmentProcurement,
  GovernmentPurchasedServices,
  PerformanceTargetsDepartment,
  PerformanceTargetsProject,
  PerformanceSelfEvaluation,
  BudgetUnits,
  TableList,
  Unknown,  // anything else with a table's shape
};

struct TableKindInfo {
  TableKind kind;
  std::string_view name;         // the id written in the outputs, e.g. "income"
  std::string_view description;  // one line, for `gongkai kinds`
};

// Every kind, in documentation order, `unknown` last.
std::span<const TableKindInfo> table_kinds();

// The id written in the outputs (JSON `kind`, CSV names, the store, tidy `table_kind`).
std::string_view name(TableKind kind);

// The kind an id names; nullopt for a name that is none of table_kinds().
std::optional<TableKind> table_kind_from_name(std::string_view name);

// The 绩效目标 forms (department or project): text, not tables of money.
constexpr bool is_performance_targets(TableKind kind) {
  return kind == TableKind::PerformanceTargetsDepartment ||
         kind == TableKind::PerformanceTargetsProject;
}

inline std::ostream& operator<<(std::ostream& out, TableKind kind) {
  return out << name(kind);
}

}  // namespace gongkai

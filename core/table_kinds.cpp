#include "core/table_kinds.h"

#include <array>
#include <cstddef>

namespace gongkai {
namespace {

constexpr std::array kKinds = {
    TableKindInfo{TableKind::IncomeExpenditureSummary, "income_expenditure_summary",
                  "收支总表: income by source beside expenditure by function, with totals"},
    TableKindInfo{TableKind::Income, "income",
                  "收入总表: income by source, per function class or unit"},
    TableKindInfo{TableKind::Expenditure, "expenditure",
                  "支出总表: expenditure by function class, basic and project"},
    TableKindInfo{TableKind::FiscalAppropriationSummary, "fiscal_appropriation_summary",
                  "财政拨款收支总表: fiscal appropriations received and spent"},
    TableKindInfo{TableKind::FiscalAppropriationExpenditure, "fiscal_appropriation_expenditure",
                  "财政拨款支出表: expenditure of fiscal appropriations"},
    TableKindInfo{TableKind::GeneralBudgetExpenditure, "general_budget_expenditure",
                  "一般公共预算支出表: general budget expenditure by function class"},
    TableKindInfo{TableKind::GeneralBudgetExpenditureEconomic,
                  "general_budget_expenditure_economic",
                  "一般公共预算支出表(按经济分类): general budget expenditure by economic class"},
    TableKindInfo{TableKind::GeneralBudgetBasicExpenditure, "general_budget_basic_expenditure",
                  "一般公共预算基本支出表: basic expenditure by economic class"},
    TableKindInfo{TableKind::BasicExpenditure, "basic_expenditure",
                  "基本支出表: basic expenditure, not only the general budget"},
    TableKindInfo{TableKind::GovFundIncome, "gov_fund_income",
                  "政府性基金预算收入表: government fund income"},
    TableKindInfo{TableKind::GovFundExpenditure, "gov_fund_expenditure",
                  "政府性基金预算支出表: government fund expenditure"},
    TableKindInfo{TableKind::StateCapitalBudget, "state_capital_budget",
                  "国有资本经营预算表: state capital operating budget"},
    TableKindInfo{TableKind::ThreePublicExpenses, "three_public_expenses",
                  "“三公”经费表: travel abroad, official reception, official vehicles"},
    TableKindInfo{TableKind::MeetingTrainingExpenses, "meeting_training_expenses",
                  "会议费/培训费明细表: each meeting or training, its dates, people and cost"},
    TableKindInfo{TableKind::AgencyOperatingExpenses, "agency_operating_expenses",
                  "机关运行经费表: operating expenses of the agency"},
    TableKindInfo{TableKind::ProjectExpenditureCarryover, "project_expenditure_carryover",
                  "项目支出表(上年结转): projects financed by last year's carry-over"},
    TableKindInfo{TableKind::ProjectExpenditure, "project_expenditure",
                  "项目支出表: expenditure per project"},
    TableKindInfo{TableKind::GovernmentProcurement, "government_procurement",
                  "政府采购预算表: planned government procurement"},
    TableKindInfo{
        TableKind::GovernmentPurchasedServices, "government_purchased_services",
        "政府购买服务表: services bought by the government, by 指导性目录 class, and their cost"},
    TableKindInfo{TableKind::PerformanceTargetsDepartment, "performance_targets_department",
                  "部门整体绩效目标表: the department's performance targets (a form)"},
    TableKindInfo{TableKind::PerformanceTargetsProject, "performance_targets_project",
                  "项目支出绩效目标表: a project's performance targets and indicators (a form)"},
    TableKindInfo{TableKind::PerformanceSelfEvaluation, "performance_self_evaluation",
                  "绩效自评结果: each project's self-evaluation score (points, not money)"},
    TableKindInfo{TableKind::BudgetUnits, "budget_units",
                  "预算单位构成: the units the department's budget covers"},
    TableKindInfo{TableKind::TableList, "table_list",
                  "报表目录: the document's tables, and which are published empty"},
    TableKindInfo{TableKind::Unknown, "unknown", "anything else with a table's shape"},
};

// The table is indexed by the enumerator: every kind listed once, in the enum's order.
constexpr bool in_enum_order() {
  for (std::size_t i = 0; i < kKinds.size(); ++i)
    if (kKinds[i].kind != static_cast<TableKind>(i)) return false;
  return kKinds.back().kind == TableKind::Unknown;
}
static_assert(in_enum_order(), "kKinds lists every TableKind once, in the enum's order");

}  // namespace

std::span<const TableKindInfo> table_kinds() {
  return kKinds;
}

std::string_view name(TableKind kind) {
  return kKinds.at(static_cast<std::size_t>(kind)).name;
}

std::optional<TableKind> table_kind_from_name(std::string_view name) {
  for (const auto& k : kKinds)
    if (k.name == name) return k.kind;
  return std::nullopt;
}

}  // namespace gongkai

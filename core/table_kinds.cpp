#include "core/table_kinds.h"

#include <algorithm>
#include <array>

namespace gongkai {
namespace {

constexpr std::array kKinds = {
    TableKindInfo{"income_expenditure_summary",
                  "收支总表: income by source beside expenditure by function, with totals"},
    TableKindInfo{"income", "收入总表: income by source, per function class or unit"},
    TableKindInfo{"expenditure", "支出总表: expenditure by function class, basic and project"},
    TableKindInfo{"fiscal_appropriation_summary",
                  "财政拨款收支总表: fiscal appropriations received and spent"},
    TableKindInfo{"fiscal_appropriation_expenditure",
                  "财政拨款支出表: expenditure of fiscal appropriations"},
    TableKindInfo{"general_budget_expenditure",
                  "一般公共预算支出表: general budget expenditure by function class"},
    TableKindInfo{"general_budget_expenditure_economic",
                  "一般公共预算支出表(按经济分类): general budget expenditure by economic class"},
    TableKindInfo{"general_budget_basic_expenditure",
                  "一般公共预算基本支出表: basic expenditure by economic class"},
    TableKindInfo{"basic_expenditure",
                  "基本支出表: basic expenditure, not only the general budget"},
    TableKindInfo{"gov_fund_income", "政府性基金预算收入表: government fund income"},
    TableKindInfo{"gov_fund_expenditure", "政府性基金预算支出表: government fund expenditure"},
    TableKindInfo{"state_capital_budget", "国有资本经营预算表: state capital operating budget"},
    TableKindInfo{"three_public_expenses",
                  "“三公”经费表: travel abroad, official reception, official vehicles"},
    TableKindInfo{"meeting_training_expenses",
                  "会议费/培训费明细表: each meeting or training, its dates, people and cost"},
    TableKindInfo{"agency_operating_expenses", "机关运行经费表: operating expenses of the agency"},
    TableKindInfo{"project_expenditure_carryover",
                  "项目支出表(上年结转): projects financed by last year's carry-over"},
    TableKindInfo{"project_expenditure", "项目支出表: expenditure per project"},
    TableKindInfo{"government_procurement", "政府采购预算表: planned government procurement"},
    TableKindInfo{"performance_targets_department",
                  "部门整体绩效目标表: the department's performance targets (a form)"},
    TableKindInfo{"performance_targets_project",
                  "项目支出绩效目标表: a project's performance targets and indicators (a form)"},
    TableKindInfo{"budget_units", "预算单位构成: the units the department's budget covers"},
    TableKindInfo{"table_list", "报表目录: the document's tables, and which are published empty"},
    TableKindInfo{"unknown", "anything else with a table's shape"},
};

}  // namespace

std::span<const TableKindInfo> table_kinds() {
  return kKinds;
}

bool is_table_kind(std::string_view name) {
  return std::any_of(kKinds.begin(), kKinds.end(),
                     [name](const TableKindInfo& k) { return k.name == name; });
}

}  // namespace gongkai

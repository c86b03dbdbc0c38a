#include "parse/classify.h"

#include <re2/re2.h>

#include <algorithm>
#include <memory>
#include <vector>

#include "core/table_kinds.h"
#include "normalize/regex.h"

namespace gongkai::parse {
namespace {

struct Rule {
  TableKind kind;
  std::unique_ptr<normalize::Regex> pattern;  // matched anywhere in the title (RE2 is not movable)
};

// First match wins: the specific kinds come before the general ones that share their words
// (a 项目支出绩效目标表 is not a 项目支出 table; a 一般公共预算基本支出表 is not a
// 一般公共预算支出表; a 会议费 table under a 三公 title is the 三公 table). A table by economic
// class (按经济分类, 经济科目) never gets a kind by function class.
const std::vector<Rule>& rules() {
  static const std::vector<Rule> table = [] {
    std::vector<Rule> r;
    auto add = [&r](TableKind kind, const char* pattern) {
      r.push_back({kind, std::make_unique<normalize::Regex>(pattern)});
    };
    // A list of projects and their scores; the 自评表 forms stay with the target forms below.
    add(TableKind::PerformanceSelfEvaluation, R"(绩效自评(?:得分|分数))");
    add(TableKind::PerformanceTargetsDepartment, R"(整体.*绩效|绩效目标.*整体)");
    add(TableKind::PerformanceTargetsProject, R"(项目.*绩效|绩效目标|绩效指标)");
    add(TableKind::TableList, R"(^(?:报表)?目录$|报表目录|公开报表$)");
    add(TableKind::BudgetUnits, R"(^(?:部门|单位)?(?:预算|决算)?单位(?:构成|名单|清单)$)");
    add(TableKind::ThreePublicExpenses, R"(三公)");
    add(TableKind::MeetingTrainingExpenses, R"(会议费|培训费)");
    add(TableKind::AgencyOperatingExpenses, R"(机关运行经费)");
    add(TableKind::GovernmentProcurement, R"(政府采购)");
    // A table of the services bought; the 指导性目录 that lists what may be bought is none.
    add(TableKind::GovernmentPurchasedServices, R"(政府购买服务.*表)");
    add(TableKind::ProjectExpenditureCarryover, R"(项目支出.*上年结转)");
    add(TableKind::ProjectExpenditure, R"(项目支出)");
    add(TableKind::StateCapitalBudget, R"(国有资本经营)");
    add(TableKind::GovFundIncome, R"(政府性基金.*收入(?:预算|决算)?表)");
    add(TableKind::GovFundExpenditure, R"(政府性基金)");
    add(TableKind::GeneralBudgetBasicExpenditure, R"(一般公共预算.*基本支出)");
    add(TableKind::GeneralBudgetExpenditureEconomic, R"(一般公共预算.*支出.*经济(?:分类|科目))");
    add(TableKind::GeneralBudgetExpenditure, R"(一般公共预算.*支出)");
    add(TableKind::FiscalAppropriationSummary, R"(财政拨款.*(?:收支|收入支出))");
    // 基本支出 is listed by economic class: 财政拨款基本支出表 is not a 财政拨款支出 table by
    // function.
    add(TableKind::BasicExpenditure, R"(财政拨款.*基本支出)");
    add(TableKind::FiscalAppropriationExpenditure, R"(财政拨款.*支出)");
    add(TableKind::IncomeExpenditureSummary, R"(收支|收入支出)");
    add(TableKind::BasicExpenditure, R"(基本支出)");
    add(TableKind::Income, R"(收入)");
    add(TableKind::Expenditure, R"(支出)");
    return r;
  }();
  return table;
}

}  // namespace

TableKind classify_title(std::string_view title) {
  for (const auto& rule : rules())
    if (RE2::PartialMatch(title, *rule.pattern)) return rule.kind;
  return TableKind::Unknown;
}

TableKind classify_columns(std::span<const std::string> columns) {
  // 项目名称 | 自评分数: the projects a 决算 scored itself on, printed without a title.
  static const normalize::Regex score(R"((?:^|/)(?:绩效)?自评(?:得分|分数)$)");
  if (columns.size() >= 2 && std::any_of(columns.begin(), columns.end(),
                                         [](const auto& c) { return RE2::PartialMatch(c, score); }))
    return TableKind::PerformanceSelfEvaluation;
  return TableKind::Unknown;
}

}  // namespace gongkai::parse

#include "parse/classify.h"

#include <re2/re2.h>

#include <memory>
#include <stdexcept>
#include <string>

#include "core/table_kinds.h"
#include "normalize/regex.h"

namespace gongkai::parse {
namespace {

struct Rule {
  const char* kind;
  std::unique_ptr<normalize::Regex> pattern;  // matched anywhere in the title (RE2 is not movable)
};

// First match wins: the specific kinds come before the general ones that share their words
// (a 项目支出绩效目标表 is not a 项目支出 table; a 一般公共预算基本支出表 is not a
// 一般公共预算支出表; a 会议费 table under a 三公 title is the 三公 table). A table by economic
// class (按经济分类, 经济科目) never gets a kind by function class.
const std::vector<Rule>& rules() {
  static const std::vector<Rule> table = [] {
    std::vector<Rule> r;
    auto add = [&r](const char* kind, const char* pattern) {
      if (!is_table_kind(kind)) throw std::logic_error(std::string("classify rule ") + kind);
      r.push_back({kind, std::make_unique<normalize::Regex>(pattern)});
    };
    add("performance_targets_department", R"(整体.*绩效|绩效目标.*整体)");
    add("performance_targets_project", R"(项目.*绩效|绩效目标|绩效指标)");
    add("table_list", R"(^(?:报表)?目录$|报表目录|公开报表$)");
    add("budget_units", R"(^(?:部门|单位)?(?:预算|决算)?单位(?:构成|名单|清单)$)");
    add("three_public_expenses", R"(三公)");
    add("meeting_training_expenses", R"(会议费|培训费)");
    add("agency_operating_expenses", R"(机关运行经费)");
    add("government_procurement", R"(政府采购)");
    add("project_expenditure_carryover", R"(项目支出.*上年结转)");
    add("project_expenditure", R"(项目支出)");
    add("state_capital_budget", R"(国有资本经营)");
    add("gov_fund_income", R"(政府性基金.*收入(?:预算|决算)?表)");
    add("gov_fund_expenditure", R"(政府性基金)");
    add("general_budget_basic_expenditure", R"(一般公共预算.*基本支出)");
    add("general_budget_expenditure_economic", R"(一般公共预算.*支出.*经济(?:分类|科目))");
    add("general_budget_expenditure", R"(一般公共预算.*支出)");
    add("fiscal_appropriation_summary", R"(财政拨款.*(?:收支|收入支出))");
    // 基本支出 is listed by economic class: 财政拨款基本支出表 is not a 财政拨款支出 table by
    // function.
    add("basic_expenditure", R"(财政拨款.*基本支出)");
    add("fiscal_appropriation_expenditure", R"(财政拨款.*支出)");
    add("income_expenditure_summary", R"(收支|收入支出)");
    add("basic_expenditure", R"(基本支出)");
    add("income", R"(收入)");
    add("expenditure", R"(支出)");
    return r;
  }();
  return table;
}

}  // namespace

std::string classify_title(std::string_view title) {
  for (const auto& rule : rules())
    if (RE2::PartialMatch(title, *rule.pattern)) return rule.kind;
  return "unknown";
}

const std::vector<std::string>& known_kinds() {
  static const std::vector<std::string> kinds = [] {
    std::vector<std::string> k;
    for (const auto& info : table_kinds()) k.emplace_back(info.name);
    return k;
  }();
  return kinds;
}

}  // namespace gongkai::parse

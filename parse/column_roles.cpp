#include "parse/column_roles.h"

#include <re2/re2.h>

#include <algorithm>
#include <array>
#include <optional>
#include <string>
#include <utility>

#include "normalize/regex.h"

namespace gongkai::parse {
namespace {

constexpr std::array kRoles = {
    AmountRoleInfo{AmountRole::Total, "total", "the whole of the row: 合计, 总计, 金额, 预算数"},
    AmountRoleInfo{AmountRole::Basic, "basic", "基本支出: basic (staff and running) spending"},
    AmountRoleInfo{AmountRole::Project, "project", "项目支出: project spending"},
    AmountRoleInfo{AmountRole::CurrentYear, "current_year",
                   "本年收入, 当年预算安排: this year's money, without carry-over"},
    AmountRoleInfo{AmountRole::CarryOver, "carry_over", "上年结转, 结转结余: money carried over"},
    AmountRoleInfo{AmountRole::PriorYear, "prior_year",
                   "上年预算数, or a year before the document's: last year's figures"},
    AmountRoleInfo{AmountRole::Change, "change", "增减, 增长率, 比上年: a difference, not a level"},
    AmountRoleInfo{AmountRole::GeneralBudget, "general_budget", "一般公共预算"},
    AmountRoleInfo{AmountRole::FundBudget, "fund_budget", "政府性基金预算"},
    AmountRoleInfo{AmountRole::StateCapital, "state_capital", "国有资本经营预算"},
    AmountRoleInfo{AmountRole::FiscalSpecial, "fiscal_special", "财政专户管理资金"},
    AmountRoleInfo{AmountRole::UnitFunds, "unit_funds",
                   "单位资金: 事业收入, 事业单位经营收入, 其他收入, 上级补助收入"},
    AmountRoleInfo{AmountRole::FiscalAppropriation, "fiscal_appropriation",
                   "财政拨款 as a whole (the three budgets together)"},
    AmountRoleInfo{AmountRole::Budgeted, "budgeted",
                   "a final account's 预算数 beside its 决算数: the budget, not the outcome"},
    AmountRoleInfo{AmountRole::Other, "other", "anything else: 人员经费, 公务接待费, 行次"},
};

// The words of each role, tried in this order on one header segment: the first that matches
// decides. Order matters where words overlap: 上年结转 is carry-over before 上年 is prior year;
// 一般公共预算拨款 is the general budget before 拨款 is 财政拨款; 比上年增减 is a change.
struct RoleWords {
  AmountRole role;
  const char* pattern;
};
constexpr std::array kWords = {
    RoleWords{AmountRole::Change, R"(增减|增长|变动|增幅|比上年|%)"},
    RoleWords{AmountRole::CarryOver, R"(结转|结余)"},
    RoleWords{AmountRole::PriorYear, R"(^上年|^上一年|^去年)"},
    RoleWords{AmountRole::FundBudget, R"(政府性基金)"},
    RoleWords{AmountRole::StateCapital, R"(国有资本经营)"},
    RoleWords{AmountRole::GeneralBudget, R"(一般公共预算|公共财政预算|^公共预算)"},
    RoleWords{AmountRole::FiscalSpecial, R"(财政专户|专户管理|教育收费)"},
    RoleWords{AmountRole::UnitFunds,
              R"(单位资金|事业收入|经营收入|其他收入|上级补助|附属单位|事业基金|单位自有|自筹)"},
    RoleWords{AmountRole::FiscalAppropriation, R"(财政拨款|财政补助)"},
    RoleWords{AmountRole::Basic, R"(^基本支出)"},
    RoleWords{AmountRole::Project, R"(^项目支出)"},
    RoleWords{AmountRole::CurrentYear, R"(^本年|^当年|^本年度)"},
};

// A segment that says no more than "the amount" or "the total" (合计, 预算数, 2024年, 收入):
// the segment to its left decides.
const RE2& deferring_segment() {
  static const normalize::Regex re(
      "column_total_words",
      R"(^(?:(?:19|20)[0-9]{2}(?:年度?)?)?)"
      R"((?:年初|全年|调整后?)?(?:预算|决算)?(?:合计|合計|小计|总计|總計|金额|数|数额|预算数|决算数|执行数|预算金额|安排|收入|支出|收支)?)"
      R"((?:\((?:万元|元|千元)\))?$)");
  return re;
}

const RE2& grand_total_leaf() {
  static const normalize::Regex re("column_grand_total", R"((?:合计|合計|总计|總計)(?:数)?)");
  return re;
}

const RE2& year_pattern() {
  static const normalize::Regex re("column_year", R"((?:^|[^0-9])((?:19|20)[0-9]{2})(?:[^0-9]|$))");
  return re;
}

const std::array<normalize::Regex, kWords.size()>& word_patterns() {
  static const auto patterns = [] {
    return [&]<std::size_t... I>(std::index_sequence<I...>) {
      return std::array<normalize::Regex, kWords.size()>{
          normalize::Regex("column_role", kWords[I].pattern)...};
    }
    (std::make_index_sequence<kWords.size()>{});
  }();
  return patterns;
}

std::string without_spaces(std::string_view text) {
  std::string out;
  for (char c : text)
    if (c != ' ') out += c;
  return out;
}

// The role a segment names, or nullopt when it only defers to its group.
std::optional<AmountRole> segment_role(const std::string& segment) {
  if (RE2::FullMatch(segment, deferring_segment())) return std::nullopt;
  const auto& patterns = word_patterns();
  for (std::size_t i = 0; i < kWords.size(); ++i)
    if (RE2::PartialMatch(segment, patterns[i])) return kWords[i].role;
  // 合计 with words before it that are not a role ("本年支出合计" is current year above; "部门
  // 合计") still only says total.
  if (segment.ends_with("合计") || segment.ends_with("小计") || segment.ends_with("总计"))
    return std::nullopt;
  return AmountRole::Other;
}

}  // namespace

std::span<const AmountRoleInfo> amount_roles() {
  return kRoles;
}

std::string_view amount_role_name(AmountRole role) {
  auto it = std::find_if(kRoles.begin(), kRoles.end(),
                         [role](const AmountRoleInfo& r) { return r.role == role; });
  return it == kRoles.end() ? "other" : it->name;
}

namespace {

// The role of a name (spaces removed) read from its last segment leftwards, before any year is
// weighed.
AmountRole role_of_name(std::string_view name) {
  // A difference or last year's figures, whatever the leaf: "增减变化情况/公务接待费",
  // "上年/一般公共预算拨款安排的“三公”经费预算/小计".
  for (AmountRole qualifier : {AmountRole::Change, AmountRole::PriorYear}) {
    std::string_view rest = name;
    while (!rest.empty()) {
      auto slash = rest.find('/');
      std::string segment(rest.substr(0, slash));
      if (segment_role(segment) == qualifier) return qualifier;
      if (slash == std::string_view::npos) break;
      rest.remove_prefix(slash + 1);
    }
  }
  std::optional<AmountRole> role;
  std::string_view rest = name;
  // 合计 and 总计 (unlike 小计) total the row whatever unrecognised words head them:
  // "支出项目类别/总计", "部门预算/合计".
  bool grand_total = false;
  for (bool leaf = true; !role; leaf = false) {
    auto slash = rest.rfind('/');
    std::string segment(slash == std::string_view::npos ? rest : rest.substr(slash + 1));
    if (leaf) grand_total = RE2::FullMatch(segment, grand_total_leaf());
    role = segment_role(segment);
    if (slash == std::string_view::npos) break;
    rest = rest.substr(0, slash);
  }
  if (role == AmountRole::Other && grand_total) return AmountRole::Total;
  return role.value_or(AmountRole::Total);
}

// A total of an earlier year than the document's holds last year's figures (a 2023年预算数 beside
// the 2024 budget); its parts (2023年预算数/基本支出) keep their role and their year.
ColumnMeaning with_year(std::string_view name, AmountRole role, int document_year) {
  ColumnMeaning m{role, 0};
  RE2::PartialMatch(name, year_pattern(), &m.year);  // the leftmost year printed
  if (m.role == AmountRole::Total && m.year && document_year && m.year < document_year)
    m.role = AmountRole::PriorYear;
  return m;
}

// The length of the leading segments ("a/b/") that every name shares; 0 for fewer than two names.
std::size_t shared_prefix(const std::vector<std::string>& names) {
  if (names.size() < 2) return 0;
  std::size_t shared = names.front().size();
  for (const auto& n : names) {
    std::size_t i = 0;
    while (i < shared && i < n.size() && n[i] == names.front()[i]) ++i;
    shared = i;
  }
  // Back to the end of a whole segment, and never the whole of a name.
  std::string_view first = std::string_view(names.front()).substr(0, shared);
  auto slash = first.rfind('/');
  if (slash == std::string_view::npos) return 0;
  for (const auto& n : names)
    if (n.size() <= slash + 1 || n[slash] != '/') return 0;
  return slash + 1;
}

// A segment that is only a budget figure (预算数, 年初预算数, 预算) or only a final-account figure
// (决算数, 决算): the two halves of a final account's 预算数 | 决算数 pair.
enum class Figure { None, Budget, Outcome };

Figure figure_of(std::string_view segment) {
  static const normalize::Regex budget("budget_figure", R"(^(?:年初|全年|调整后?)?预算数?$)");
  static const normalize::Regex outcome("outcome_figure", R"(^决算数?$)");
  if (RE2::FullMatch(segment, budget)) return Figure::Budget;
  if (RE2::FullMatch(segment, outcome)) return Figure::Outcome;
  return Figure::None;
}

// The name with its figure segment replaced by '#', and which figure it was.
std::pair<std::string, Figure> figure_key(std::string_view name) {
  std::string key;
  Figure figure = Figure::None;
  while (true) {
    auto slash = name.find('/');
    std::string_view segment = name.substr(0, slash);
    Figure f = figure_of(segment);
    if (f != Figure::None && figure == Figure::None) figure = f;
    key += f != Figure::None ? std::string_view("#") : segment;
    if (slash == std::string_view::npos) break;
    key += '/';
    name.remove_prefix(slash + 1);
  }
  return {key, figure};
}

// The columns of a final account that print the budget beside a 决算数 column of the same name.
std::vector<bool> budgeted_columns(const std::vector<std::string>& names) {
  std::vector<std::pair<std::string, Figure>> keys;
  for (const auto& n : names) keys.push_back(figure_key(n));
  std::vector<bool> out(names.size(), false);
  for (std::size_t i = 0; i < keys.size(); ++i)
    for (const auto& other : keys)
      out[i] = out[i] || (keys[i].second == Figure::Budget && other.second == Figure::Outcome &&
                          other.first == keys[i].first);
  return out;
}

}  // namespace

std::vector<ColumnMeaning> column_meanings(const std::vector<std::string_view>& columns,
                                           int document_year, bool final_account) {
  std::vector<std::string> names;
  for (auto c : columns) names.push_back(without_spaces(c));
  std::size_t shared = shared_prefix(names);
  std::vector<AmountRole> roles;
  for (const auto& n : names) roles.push_back(role_of_name(std::string_view(n).substr(shared)));
  bool carry_over = std::find(roles.begin(), roles.end(), AmountRole::CarryOver) != roles.end();
  std::vector<bool> budgeted =
      final_account ? budgeted_columns(names) : std::vector<bool>(names.size(), false);
  std::vector<ColumnMeaning> out;
  for (std::size_t i = 0; i < names.size(); ++i) {
    AmountRole role = roles[i];
    if (role == AmountRole::CurrentYear && !carry_over) role = AmountRole::Total;
    out.push_back(with_year(names[i], role, document_year));
    if (budgeted[i]) out.back().role = AmountRole::Budgeted;
  }
  return out;
}

std::optional<ColumnMeaning> row_label_meaning(std::string_view label) {
  static const normalize::Regex change(
      "row_change_label",
      R"(^(?:比上年)?(?:增减|增长|变化|变动|增幅)+(?:金额|额|数|率|幅度|情况)?(?:\((?:万元|元|%)\))?$)");
  std::string text = without_spaces(label);
  if (text.empty()) return std::nullopt;
  if (RE2::FullMatch(text, change)) return ColumnMeaning{AmountRole::Change, 0};
  ColumnMeaning m{AmountRole::Total, 0};
  // A year and words that only say "the amount" (2025年, 2026年预算数), nothing else.
  if (RE2::FullMatch(text, deferring_segment()) && RE2::PartialMatch(text, year_pattern(), &m.year))
    return m;
  return std::nullopt;
}

ColumnMeaning column_meaning(std::string_view column, int document_year) {
  std::string name = without_spaces(column);
  return with_year(name, role_of_name(name), document_year);
}

}  // namespace gongkai::parse

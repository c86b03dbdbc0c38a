// Consistency sums of issue 11 on hand-made documents: a project's performance target against
// the 项目支出 table, and the narrative's income and expenditure changes.
#define BOOST_TEST_MODULE consistency_test
#include <boost/test/unit_test.hpp>
#include <string>
#include <vector>

#include "check/check.h"
#include "tests/support_built.h"

using namespace gongkai;
using namespace gongkai::testing;

namespace {

using R = ColumnRole;

std::vector<Check> with(const Document& doc, std::string_view identity) {
  std::vector<Check> out;
  for (const auto& c : doc.checks)
    if (c.identity == identity) out.push_back(c);
  return out;
}

Document budget() {
  Document doc;
  doc.document.kind = "budget";
  doc.document.year = 2026;
  return doc;
}

void say(Document& doc, int page, std::string line) {
  doc.narrative.push_back(std::move(line));
  doc.narrative_pages.push_back(page);
}

// ---- 绩效目标 against 项目支出 -------------------------------------------------------------

Table projects() {
  return table_from_printed("项目支出预算情况表", TableKind::ProjectExpenditure,
                            {"项目名称", "项目类别", "合计", "财政拨款/小计"},
                            {R::Label, R::Label, R::Amount, R::Amount},
                            {{"合计", "", "1034.00", "1034.00"},
                             {"公务用车集中统管", "其他运转类", "17.00", "17.00"},
                             {"既有住宅加装电梯专项资金经费", "特定目标类", "400.00", "400.00"},
                             {"执法服装购置", "其他运转类", "14.00", "14.00"},
                             {"实施公车统管费用", "其他运转类", "3.00", "3.00"},
                             {"实施公车统管费用", "其他运转类", "600.00", "600.00"}});
}

// One card per project, its amount printed as text (烟台's 政策和项目预算绩效目标表).
Table card(const std::string& name, const std::string& amount) {
  return table_from_printed("政策和项目预算绩效目标表", TableKind::PerformanceTargetsProject,
                            {"列1", "列2", "列3"}, {R::Label, R::Label, R::Label},
                            {{"项目名称", name, ""},
                             {"项目资金(万元)", "年度预算资金总额:", amount},
                             {"", "其中:财政拨款", amount}});
}

}  // namespace

BOOST_AUTO_TEST_CASE(performance_target_cards_against_the_project_table) {
  Document doc = budget();
  doc.tables = {projects(), card("公务用车集中统管", "17.00"),
                card("既有住宅加装电梯专项资金经费", "500.00"), card("实施公车统管费用", "3.00"),
                card("不在项目表里的项目", "9.00")};
  check::run_checks(doc);
  auto made = with(doc, "cross_table:performance_target_equals_project");
  BOOST_TEST_REQUIRE(made.size() == 3u);
  BOOST_TEST((made[0].verdict == Verdict::Ok));
  BOOST_TEST(made[0].location.find("公务用车集中统管") != std::string::npos);
  // 500.00 in the target, 400.00 in the table: the document disagrees with itself.
  BOOST_TEST((made[1].verdict == Verdict::SourceError));
  BOOST_TEST(made[1].location.find("既有住宅加装电梯专项资金经费") != std::string::npos);
  // A name printed twice in the project table, no unit to tell them apart: listed, not paired.
  BOOST_TEST((made[2].verdict == Verdict::NotChecked));
  BOOST_TEST(made[2].location == "实施公车统管费用");
}

BOOST_AUTO_TEST_CASE(performance_target_lists_pair_by_unit_when_names_repeat) {
  Document doc = budget();
  doc.tables.push_back(
      table_from_printed("2026年市级部门项目支出预算表", TableKind::ProjectExpenditure,
                         {"单位名称", "项目名称", "总计"}, {R::Label, R::Label, R::Amount},
                         {{"", "合计", "300.00"},
                          {"杭州市东郊监狱", "狱政设施建设", "100.00"},
                          {"杭州市北郊监狱", "狱政设施建设", "200.00"}}));
  doc.tables.push_back(table_from_printed(
      "2026年市级部门项目支出绩效表", TableKind::PerformanceTargetsProject,
      {"单位名称", "项目名称", "金额", "绩效目标"}, {R::Label, R::Label, R::Amount, R::Label},
      {{"杭州市东郊监狱", "狱政设施建设", "100.00", "保障监狱正常运转"},
       {"杭州市北郊监狱", "狱政设施建设", "200.00", "保障监狱正常运转"}}));
  check::run_checks(doc);
  auto made = with(doc, "cross_table:performance_target_equals_project");
  BOOST_TEST_REQUIRE(made.size() == 2u);
  for (const auto& c : made) BOOST_TEST((c.verdict == Verdict::Ok));
}

// ---- income and expenditure changes ---------------------------------------------------------

BOOST_AUTO_TEST_CASE(income_and_expenditure_changes_agree) {
  Document doc = budget();
  say(doc, 3, "二、收入预算情况说明");
  say(doc, 3,
      "2026年度收入预算9626.78万元,比2025年年初预算数9819.98万元减少193.20万元,下降1.97%。");
  say(doc, 4, "三、支出预算情况说明");
  say(doc, 4, "2026年支出预算9626.78万元,比2025年年初预算数9819.98万元减少193.20万元,下降1.97%。");
  check::run_checks(doc);
  auto made = with(doc, "narrative:income_expenditure_change");
  BOOST_TEST_REQUIRE(made.size() == 1u);
  BOOST_TEST((made[0].verdict == Verdict::Ok));
  BOOST_TEST((*made[0].found == *Decimal::parse("-1932000")));  // -193.20万元
}

BOOST_AUTO_TEST_CASE(income_and_expenditure_changes_that_differ) {
  Document doc = budget();
  say(doc, 4,
      "2026年收入预算99,230.46万元,比上年预算增加37,331.92万元,增长8.0%,主要原因是项目增加。");
  say(doc, 5,
      "2026年支出预算99,230.46万元,比上年预算增加7,331.92万元,增长8.0%,主要原因是项目增加。");
  check::run_checks(doc);
  auto made = with(doc, "narrative:income_expenditure_change");
  BOOST_TEST_REQUIRE(made.size() == 1u);
  BOOST_TEST((made[0].verdict == Verdict::SourceError));
  BOOST_TEST((*made[0].difference == *Decimal::parse("-300000000")));  // -30000万元
}

BOOST_AUTO_TEST_CASE(changes_against_last_years_execution_may_differ) {
  Document doc = budget();
  say(doc, 4, "2026年收入预算120.00万元,比上年执行数增加20.00万元,主要原因是上年结转增加。");
  say(doc, 5, "2026年支出预算120.00万元,比上年执行数增加15.00万元,主要原因是项目支出增加。");
  check::run_checks(doc);
  auto made = with(doc, "narrative:income_expenditure_change");
  BOOST_TEST_REQUIRE(made.size() == 1u);
  BOOST_TEST((made[0].verdict == Verdict::NotChecked));
}

BOOST_AUTO_TEST_CASE(a_funds_total_and_a_joint_statement_are_not_the_departments) {
  Document doc = budget();
  say(doc, 4, "一般公共预算收入预算28849.38万元,与上年相比增加1808.29万元,增长6.69%。");
  say(doc, 4, "收入、支出预算总计28849.38万元,与上年相比收、支预算总计各增加1808.29万元。");
  say(doc, 5, "财政拨款支出预算28849.38万元,比上年增加1000.00万元。");
  check::run_checks(doc);
  BOOST_TEST(with(doc, "narrative:income_expenditure_change").empty());
}

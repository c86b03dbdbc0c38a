// Consistency sums of issue 11 on hand-made documents: a project's performance target against
// the 项目支出 table, the narrative's income and expenditure changes, and 人员经费 / 公用经费
// against the document's own totals and the textbook classes.
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

// ---- 人员经费 and 公用经费 ----------------------------------------------------------------

namespace {

// A 基本支出 table by economic class with its 人员经费 and 公用经费 columns, 万元. `moved` puts
// 其他交通费用 (30239) in 人员经费, as Xi'an does.
Table basic(bool moved) {
  std::string p39 = moved ? "5.00" : "", g39 = moved ? "" : "5.00";
  std::string p302 = moved ? "5.00" : "", g302 = moved ? "15.00" : "20.00";
  std::string p_total = moved ? "105.00" : "100.00", g_total = moved ? "25.00" : "30.00";
  return table_from_printed("一般公共预算基本支出表", TableKind::GeneralBudgetBasicExpenditure,
                            {"科目编码", "科目名称", "合计", "人员经费", "公用经费"},
                            {R::Code, R::Label, R::Amount, R::Amount, R::Amount},
                            {{"", "合计", "130.00", p_total, g_total},
                             {"301", "工资福利支出", "90.00", "90.00", ""},
                             {"30101", "基本工资", "90.00", "90.00", ""},
                             {"302", "商品和服务支出", "20.00", p302, g302},
                             {"30201", "办公费", "15.00", "", "15.00"},
                             {"30239", "其他交通费用", "5.00", p39, g39},
                             {"303", "对个人和家庭的补助", "10.00", "10.00", ""},
                             {"30302", "退休费", "10.00", "10.00", ""},
                             {"310", "资本性支出", "10.00", "", "10.00"},
                             {"31002", "办公设备购置", "10.00", "", "10.00"}});
}

void basic_narrative(Document& doc, const std::string& personnel, const std::string& public_use) {
  say(doc, 20, "六、一般公共预算基本支出情况说明");
  say(doc, 20,
      "2026年一般公共预算基本支出130.00万元,其中:人员经费" + personnel +
          "万元,主要包括:基本工资、退休费;公用经费" + public_use +
          "万元,主要包括:办公费、办公设备购置。");
}

}  // namespace

BOOST_AUTO_TEST_CASE(personnel_expense_by_the_textbook) {
  Document doc = budget();
  doc.tables = {basic(false)};
  basic_narrative(doc, "100.00", "30.00");
  check::run_checks(doc);
  auto stated = with(doc, "narrative:personnel_expense");
  BOOST_TEST_REQUIRE(stated.size() == 2u);
  for (const auto& c : stated) BOOST_TEST((c.verdict == Verdict::Ok));
  auto definition = with(doc, "structure:personnel_definition");
  BOOST_TEST_REQUIRE(definition.size() == 2u);
  for (const auto& c : definition) BOOST_TEST((c.verdict == Verdict::Ok));
}

BOOST_AUTO_TEST_CASE(personnel_expense_by_the_documents_own_definition) {
  Document doc = budget();
  doc.tables = {basic(true)};
  basic_narrative(doc, "105.00", "25.00");
  check::run_checks(doc);
  // The narrative agrees with the document's own columns.
  for (const auto& c : with(doc, "narrative:personnel_expense"))
    BOOST_TEST((c.verdict == Verdict::Ok));
  // The textbook does not hold, and that is said, never failed.
  auto definition = with(doc, "structure:personnel_definition");
  BOOST_TEST_REQUIRE(definition.size() == 2u);
  BOOST_TEST((definition[0].verdict == Verdict::NotChecked));
  BOOST_TEST(definition[0].note.find("30239 其他交通费用 5.00") != std::string::npos);
  BOOST_TEST((definition[1].verdict == Verdict::NotChecked));
}

BOOST_AUTO_TEST_CASE(a_narrative_personnel_figure_the_table_does_not_hold) {
  Document doc = budget();
  doc.tables = {basic(false)};
  basic_narrative(doc, "110.00", "30.00");
  check::run_checks(doc);
  auto stated = with(doc, "narrative:personnel_expense");
  BOOST_TEST_REQUIRE(stated.size() == 2u);
  BOOST_TEST((stated[0].verdict == Verdict::SourceError));
  BOOST_TEST((stated[1].verdict == Verdict::Ok));
}

BOOST_AUTO_TEST_CASE(without_personnel_columns_the_textbook_classes_are_compared) {
  Document doc = budget();
  doc.tables = {table_from_printed("一般公共预算基本支出预算表",
                                   TableKind::GeneralBudgetBasicExpenditure,
                                   {"科目编码", "科目名称", "金额"}, {R::Code, R::Label, R::Amount},
                                   {{"", "合计", "130.00"},
                                    {"301", "工资福利支出", "90.00"},
                                    {"302", "商品和服务支出", "30.00"},
                                    {"303", "对个人和家庭的补助", "10.00"}})};
  basic_narrative(doc, "100.00", "35.00");
  check::run_checks(doc);
  BOOST_TEST(with(doc, "narrative:personnel_expense").empty());
  auto definition = with(doc, "structure:personnel_definition");
  BOOST_TEST_REQUIRE(definition.size() == 2u);
  BOOST_TEST((definition[0].verdict == Verdict::Ok));  // 100.00 = 90.00 + 10.00
  // 35.00 against 302 + 310 = 30.00: another definition, not a finding.
  BOOST_TEST((definition[1].verdict == Verdict::NotChecked));
}

BOOST_AUTO_TEST_CASE(personnel_figures_not_about_basic_spending_are_left_alone) {
  Document doc = budget();
  doc.tables = {basic(false)};
  say(doc, 24,
      "社会福利(20810)18,571.74万元,较上年减少250.84万元。具体为:人员经费10,057.17万元,"
      "较上年增加856.54万元;公用经费481.57万元。");
  check::run_checks(doc);
  BOOST_TEST(with(doc, "narrative:personnel_expense").empty());
}

BOOST_AUTO_TEST_CASE(one_item_is_split_alike_in_two_tables) {
  Document doc = budget();
  Table fiscal = basic(false);
  fiscal.title = "财政拨款基本支出表(经济科目)";
  fiscal.kind = TableKind::BasicExpenditure;
  doc.tables = {basic(false), fiscal};
  check::run_checks(doc);
  auto made = with(doc, "cross_table:personnel_split_agrees");
  BOOST_TEST(made.size() == 5u);  // 30101, 30201, 30239, 30302, 31002
  for (const auto& c : made) BOOST_TEST((c.verdict == Verdict::Ok));
  // The second table puts 其他交通费用 in 人员经费: the same 5.00 split otherwise.
  doc = budget();
  doc.tables = {basic(false), basic(true)};
  doc.tables[1].title = "一般公共预算支出明细表(按经济分类科目)";
  check::run_checks(doc);
  made = with(doc, "cross_table:personnel_split_agrees");
  BOOST_TEST_REQUIRE(made.size() == 5u);
  int wrong = 0;
  for (const auto& c : made)
    if (c.verdict == Verdict::SourceError) {
      ++wrong;
      BOOST_TEST(c.location.find("30239") != std::string::npos);
    }
  BOOST_TEST(wrong == 1);
}

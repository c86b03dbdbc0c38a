// The narrative of real documents nobody tuned for (../shared/corpus/wild, skipped when
// absent): figures linked to the table of their subject, and the figures of a narrative whose
// tables are published as a separate file.
#define BOOST_TEST_MODULE narrative_wild_test
#include <boost/test/unit_test.hpp>

#include "check/check.h"
#include "extract/extract.h"
#include "parse/parse.h"
#include "tests/support.h"
#include "tests/support_checked.h"

using namespace gongkai;
using namespace gongkai::testing;
namespace utf = boost::unit_test;

namespace {

const Document& wild(const char* name) {
  return read_once(shared_dir() / "corpus" / "wild" / name, true);
}

const Check* check_at(const Document& doc, const std::string& identity, const std::string& where) {
  for (const Check& c : doc.checks)
    if (c.identity == identity && c.location.find(where) != std::string::npos) return &c;
  return nullptr;
}

}  // namespace

// Beijing publishes the narrative and the tables as two files: this one has no tables, and its
// figures still come out with subject, amount, unit and page (page 3: "2026 年度收入预算
// 9626.78 万元，比 2025 年年初预算数 9819.98 万元减少 193.20 万元").
BOOST_AUTO_TEST_CASE(beijing_narrative_without_tables, *utf::precondition(shared_present{})) {
  const Document& d = wild("bj-0e0df07d.pdf");
  BOOST_TEST(d.tables.empty());
  BOOST_TEST(std::any_of(d.diagnostics.begin(), d.diagnostics.end(), [](const Diagnostic& x) {
    return x.code == "tables_published_separately";
  }));
  const NarrativeFigure* income = nullptr;
  for (const auto& f : d.figures)
    if (f.subject == "2026年度收入预算") income = &f;
  BOOST_REQUIRE(income);
  BOOST_TEST(income->amount.to_string() == "9626.78");
  BOOST_TEST(income->unit == "万元");
  BOOST_TEST(income->page == 3);
  BOOST_TEST(income->section == "二、收入预算情况说明");
  BOOST_TEST(!income->not_checked.empty());
  BOOST_TEST(d.figures.size() >= 30u);
}

// Wuxi (wx-17a8236f, p. 11 and p. 20): "2026年财政拨款预算支出475,631.69万元" is the 财政拨款
// 收支总表's 支出总计 — before, it was compared with 支出总表 合计 512,434.34 and called wrong.
BOOST_AUTO_TEST_CASE(wuxi_fiscal_figure_links_to_the_fiscal_table,
                     *utf::precondition(shared_present{})) {
  const Document& d = wild("wx-17a8236f.pdf");
  const Check* c = check_at(d, "narrative:figure", "财政拨款预算支出475,631.69万元");
  BOOST_REQUIRE(c);
  BOOST_TEST(c->verdict == Verdict::Ok);
  BOOST_TEST(c->tables.front() == "财政拨款收支总表");
  // The 三公 figures go to the 三公 table, and its 合计 leaves out 会议费 and 培训费.
  c = check_at(d, "narrative:figure", "公务接待费预算支出100.37万元");
  BOOST_REQUIRE(c);
  BOOST_TEST(c->verdict == Verdict::Ok);
  BOOST_TEST(c->tables.front() == "一般公共预算“三公”经费、会议费、培训费支出表");
  c = check_at(d, "row_total_equals_parts", "“三公”经费合计");
  BOOST_REQUIRE(c);
  BOOST_TEST(c->verdict == Verdict::Ok);
  BOOST_TEST(c->location.find("培训费") == std::string::npos, c->location);
  for (const Check& x : d.checks)
    BOOST_TEST(!(x.identity.starts_with("narrative:") && x.verdict == Verdict::SourceError),
               x.location);
}

// Funds a department does not have: "无锡市教育局2026年政府性基金支出预算支出0万元" (wx-17a8236f
// p. 60) beside its 政府性基金预算支出表 printed with a bare 合计 row (p. 29), and the same for
// 国有资本经营预算 (p. 30): checks that can be made, and hold.
BOOST_AUTO_TEST_CASE(wuxi_zero_funds_against_tables_printed_empty,
                     *utf::precondition(shared_present{})) {
  const Document& d = wild("wx-17a8236f.pdf");
  const Check* c = check_at(d, "narrative:figure", "政府性基金支出预算支出0万元");
  BOOST_REQUIRE(c);
  BOOST_TEST(c->verdict == Verdict::Ok);
  BOOST_TEST(c->tables.front() == "政府性基金预算支出表");
  BOOST_TEST(c->location.find("printed empty") != std::string::npos, c->location);
  c = check_at(d, "narrative:figure", "国有资本经营预算支出0万元");
  BOOST_REQUIRE(c);
  BOOST_TEST(c->verdict == Verdict::Ok);
  BOOST_TEST(c->tables.front() == "国有资本经营预算支出预算表");
}

// Xi'an prints its 政府性基金收支表 side by side (收入 | 支出 by function | by two economic
// classifications): "当年政府性基金预算支出303177.96万元" (xa-e183be6a p. 33) is the spending
// side's 本年支出合计, 3,031,779,608.00 元 (p. 65): rounding of 303177.9608 万元.
BOOST_AUTO_TEST_CASE(xian_fund_figure_against_the_spending_side,
                     *utf::precondition(shared_present{})) {
  const Document& d = wild("xa-e183be6a.pdf");
  const Check* c = check_at(d, "narrative:figure", "政府性基金预算支出303177.96万元");
  BOOST_REQUIRE(c);
  BOOST_TEST(c->verdict == Verdict::Rounding);
  BOOST_TEST(c->location.find("vs row 本年支出合计, column '支出/预算数'") != std::string::npos,
             c->location);
  BOOST_REQUIRE(c->expected);
  BOOST_TEST(c->expected->to_string() == "303177.9608");
}

// Guangzhou defines "行政经费（机关运行经费）" and prints it as the 行政经费 row of its
// 财政拨款安排的行政经费及“三公”经费预算表: "本部门机关运行经费安排13,674.34万元" (gz-015554f2)
// is that row's 合计, 13,674.34 (p. 22).
BOOST_AUTO_TEST_CASE(guangzhou_agency_figure_in_the_administrative_row,
                     *utf::precondition(shared_present{})) {
  const Document& d = wild("gz-015554f2.pdf");
  const Check* c = check_at(d, "narrative:figure", "机关运行经费安排13,674.34万元");
  BOOST_REQUIRE(c);
  BOOST_TEST(c->verdict == Verdict::Ok);
  BOOST_TEST(c->location.find("vs row 行政经费, column '合计'") != std::string::npos, c->location);
  // Shenzhen defines the same words but prints no 行政经费 row: its figure stays not checked.
  const Document& sz = wild("sz-08cc7487.pdf");
  c = check_at(sz, "narrative:figure", "机关运行经费财政拨款预算2,484.60万元");
  BOOST_REQUIRE(c);
  BOOST_TEST(c->verdict == Verdict::NotChecked);
}

// sh-pt-wljd-2024-dept-budget p. 31 prints 47.91 … 443.18 in its 部门“三公”经费和机关运行经费
// 预算表 above a template's note "本部门2024年无“三公”经费和机关运行经费预算，故本表为空表": the
// note does not empty a table that prints figures, and the narrative's are checked against it.
BOOST_AUTO_TEST_CASE(a_note_does_not_empty_a_table_that_prints_figures,
                     *utf::precondition(shared_present{})) {
  const Document& d = read_once(real_pdf("sh-pt-wljd-2024-dept-budget.pdf"), true);
  const Table* t = nullptr;
  for (const Table& x : d.tables)
    if (x.title == "部门“三公”经费和机关运行经费预算表") t = &x;
  BOOST_REQUIRE(t);
  BOOST_TEST(!t->empty);
  const Check* c = check_at(d, "narrative:figure", "“三公”经费预算数为47.91万元");
  BOOST_REQUIRE(c);
  BOOST_TEST(c->verdict == Verdict::Ok);
  c = check_at(d, "narrative:figure", "机关运行经费预算为443.18万元");
  BOOST_REQUIRE(c);
  BOOST_TEST(c->verdict == Verdict::Ok);
}

// Shenzhen's 财政拨款“三公”经费支出表 printed by 预算单位 (sz-63d734e6 p. 252): 2025年, 2026年 and
// 增减变化金额 lines for the department, then for each unit, and no 合计 row. The department's
// own 2026 line, above the units' blocks, states "2026年财政拨款“三公”经费预算299.23万元".
BOOST_AUTO_TEST_CASE(shenzhen_three_public_by_unit_reads_the_department_line,
                     *utf::precondition(shared_present{})) {
  const Document& d = wild("sz-63d734e6.pdf");
  const Check* c = check_at(d, "narrative:figure", "“三公”经费预算299.23万元");
  BOOST_REQUIRE(c);
  BOOST_TEST(c->verdict == Verdict::Ok);
  c = check_at(d, "narrative:figure", "公务用车购置费2026年预算数54.00万元");
  BOOST_REQUIRE(c);
  BOOST_TEST(c->verdict == Verdict::Ok);
  BOOST_TEST(c->location.find("公务用车购置费/一般公共预算") != std::string::npos, c->location);
}

// A final account's "二、收入决算情况说明" (sh-pt-czj-2024-final p. 21): "本年收入合计2946.25万元,
// 其中:财政拨款收入2940.05万元" are the 合计 row of its 收入决算表 (p. 8), columns 本年收入合计 and
// 财政拨款收入.
BOOST_AUTO_TEST_CASE(final_account_income_figures_in_the_income_table,
                     *utf::precondition(shared_present{})) {
  const Document& d = read_once(real_pdf("sh-pt-czj-2024-final.pdf"), true);
  const Check* c = check_at(d, "narrative:figure", "本年收入合计2946.25万元");
  BOOST_REQUIRE(c);
  BOOST_TEST(c->verdict == Verdict::Ok);
  BOOST_TEST(c->tables.front() == "收入决算表");
  c = check_at(d, "narrative:figure", "财政拨款收入2940.05万元");
  BOOST_REQUIRE(c);
  BOOST_TEST(c->verdict == Verdict::Ok);
  BOOST_TEST(c->location.find("column '财政拨款收入'") != std::string::npos, c->location);
}

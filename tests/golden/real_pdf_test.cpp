// Real disclosures from several producers and layouts, end to end through extract → parse:
// kind, unit, department, pages and hand-read cells. Read from ../shared (skipped when absent).
#define BOOST_TEST_MODULE real_pdf_test
#include <boost/test/unit_test.hpp>
#include <map>

#include "extract/extract.h"
#include "parse/parse.h"
#include "tests/support.h"
#include "tests/support_checked.h"
#include "tests/support_tables.h"

using namespace gongkai;
using namespace gongkai::testing;
namespace utf = boost::unit_test;

namespace {

const Document& doc(const char* name) {
  return read_once(real_pdf(name), false);
}

std::vector<int> pages(const Table& t) {
  return t.pages;
}

}  // namespace

// WPS export, borders as filled rectangles, amounts in 元, codes in three columns 类/款/项.
BOOST_AUTO_TEST_CASE(shanghai_wps_yuan_split_codes, *utf::precondition(shared_present{})) {
  const auto& d = doc("sh-pt-sfj-2026-dept-budget.pdf");
  BOOST_TEST(d.document.department == "上海市普陀区司法局");
  BOOST_TEST(d.document.year == 2026);
  BOOST_TEST(d.document.kind == "budget");
  const auto& e = table_of_kind(d, TableKind::Expenditure);
  BOOST_TEST(e.title == "2026年部门支出预算总表");
  BOOST_TEST(e.unit == "元");
  BOOST_TEST(pages(e) == (std::vector<int>{12, 13}));
  BOOST_TEST(e.columns[0] == "项目/功能分类科目编码/类");
  BOOST_TEST(cell(e, "行政运行", "项目/功能分类科目编码/项") == "01");
  BOOST_TEST(cell(e, "行政运行", "支出预算/合计") == "16726725.44");
  BOOST_TEST(cell(e, "合计", "支出预算/基本支出") == "25741666.44");
  BOOST_TEST(cell(e, "合计", "支出预算/项目支出") == "70540547.00");
  const auto& s = table_of_kind(d, TableKind::IncomeExpenditureSummary);
  BOOST_TEST(cell(s, "收入总计", "本年收入/预算数") == "96282213.44");
  BOOST_TEST(cell(s, "收入总计", "本年支出/预算数") == "96282213.44");
}

// Acrobat Distiller, A3 pages with /Rotate 90, number printed under the title, three blocks
// side by side (收入 | 支出 功能分类 | 支出 支出用途).
BOOST_AUTO_TEST_CASE(jiangsu_rotated_a3_three_blocks, *utf::precondition(shared_present{})) {
  const auto& d = doc("js-rd-2019-budget-tables.pdf");
  BOOST_TEST(d.document.department == "江苏省人大常委会办公厅");
  const auto& s = table_of_kind(d, TableKind::IncomeExpenditureSummary);
  BOOST_TEST(s.number == "公开表一");
  BOOST_TEST(s.title == "收支预算总表");
  BOOST_TEST(s.unit == "万元");
  BOOST_TEST(cell(s, "一、财政拨款", "收入/金额") == "18330.37");
  BOOST_TEST(cell(s, "一、一般公共服务支出", "支出/功能分类/金额") == "13907.78");
  BOOST_TEST(cell(s, "一、基本支出", "支出/支出用途/金额") == "9312.90");
  BOOST_TEST(cell(s, "二、外交支出", "支出/功能分类/金额") == "null");
  const auto& e = table_of_kind(d, TableKind::Expenditure);  // a one-row table: totals only
  BOOST_TEST(e.rows.size() == 1u);
  BOOST_TEST(e.columns == (std::vector<std::string>{"合计", "基本支出", "项目支出",
                                                    "单位预留机动经费", "结转下年资金"}),
             boost::test_tools::per_element());
}

// A final account (决算) whose tables repeat their title on every page.
BOOST_AUTO_TEST_CASE(foshan_final_account_continued_tables, *utf::precondition(shared_present{})) {
  const auto& d = doc("gd-fs-gdjtj-2019-final.pdf");
  BOOST_TEST(d.document.kind == "final_account");
  BOOST_TEST(d.document.department == "佛山市轨道交通局");
  const auto& i = table_of_kind(d, TableKind::Income);
  BOOST_TEST(i.number == "表2");
  BOOST_TEST(pages(i) == (std::vector<int>{8, 9}));
  BOOST_TEST(cell(i, "合计", "本年收入合计") == "1668.14");
  BOOST_TEST(cell(i, "合计", "其他收入") == "0.01");
  BOOST_TEST(cell(i, "2210201", "项目/科目名称") == "住房公积金");
  // One table per kind: the continuation pages did not make tables of their own.
  int summaries = 0;
  for (const auto& t : d.tables) summaries += t.kind == TableKind::IncomeExpenditureSummary;
  BOOST_TEST(summaries == 1);
}

// 表6 一般公共预算财政拨款基本支出决算表 (pp.17-20) prints 人员经费 and 公用经费 side by side,
// code | name | amount twice. Each half is summed in its own amounts: 301 = Σ 301xx in 人员经费,
// 302 and 307 in 公用经费, and no code joins the halves (30399307 was read before).
BOOST_AUTO_TEST_CASE(foshan_halves_checked_apart, *utf::precondition(shared_present{})) {
  const auto& d = read_once(real_pdf("gd-fs-gdjtj-2019-final.pdf"), true);
  std::map<std::string, Verdict> found;
  for (const auto& c : d.checks)
    if (c.tables == std::vector<std::string>{"一般公共预算财政拨款基本支出决算表"} &&
        !c.identity.starts_with("structure:"))
      found[c.location] = c.verdict;
  BOOST_TEST(found.size() == 8u);
  BOOST_TEST((found["row 303 对个人和家庭的补助 = Σ its sub-codes, column '人员经费/金额'"] ==
              Verdict::Ok));
  BOOST_TEST((found["row 307 债务利息及费用支出 = Σ its sub-codes, column '公用经费/金额'"] ==
              Verdict::Ok));
  // 649.20 printed over 13 items summing 649.19: rounding.
  BOOST_TEST((found["row 301 工资福利支出 = Σ its sub-codes, column '人员经费/金额'"] ==
              Verdict::Rounding));
  BOOST_TEST((found["row 公用经费合计 = Σ rows with 3-digit codes, column '公用经费/金额'"] ==
              Verdict::Ok));
}

// 公开05表 prints 功能科目代码 over two columns, the code's and the name's: the column of names
// (公共安全支出, 检察 …) is a label, not a second code column, so the names are the rows' labels.
BOOST_AUTO_TEST_CASE(jiangsu_names_under_a_code_header, *utf::precondition(shared_present{})) {
  const auto& d = doc("js-jcy-2019-budget.pdf");
  for (const auto& t : d.tables) {
    if (t.number != "公开05表") continue;
    BOOST_REQUIRE(t.roles.size() >= 2u);
    BOOST_TEST((t.roles[0] == ColumnRole::Code));
    BOOST_TEST((t.roles[1] == ColumnRole::Label));
    BOOST_TEST(cell(t, "公共安全支出", "金额") == "16593.12");
    return;
  }
  BOOST_FAIL("no 公开05表");
}

// Thousands separators, continuation pages that repeat the header but not the title.
BOOST_AUTO_TEST_CASE(chongqing_separators_and_continuations, *utf::precondition(shared_present{})) {
  const auto& d = doc("cq-slj-2026-budget.pdf");
  BOOST_TEST(d.document.department == "重庆市水利局");
  const auto& i = table_of_kind(d, TableKind::Income);
  BOOST_TEST(i.number == "表二");
  BOOST_TEST(pages(i) == (std::vector<int>{13, 14, 15, 16, 17}));
  BOOST_TEST(cell(i, "合计", "总计") == "186549.30");
  BOOST_TEST(cell(i, "合计", "政府性基金预算拨款收入") == "44134.59");
  BOOST_TEST(cell(i, "2290402", "政府性基金预算拨款收入") == "40000.00");
  // The repeated header rows were dropped, not read as data.
  for (const auto& row : i.rows) BOOST_TEST(!(row[0].is_text() && row[0].text == "科目编码"));
}

// Titles numbered "表1:", a 栏次 row printed "** 1 2 3 …", the department in 部门名称.
BOOST_AUTO_TEST_CASE(hangzhou_numbered_titles_and_column_numbers,
                     *utf::precondition(shared_present{})) {
  const auto& d = doc("zj-hz-sfj-2026-budget.pdf");
  BOOST_TEST(d.tables.size() >= 11u);
  const auto& i = table_of_kind(d, TableKind::Income);
  BOOST_TEST(i.number == "表2");
  BOOST_TEST(i.department == "杭州市司法局");
  BOOST_TEST(cell(i, "合计", "本年收入/一般公共预算") == "91495.48");
  BOOST_TEST(cell(i, "合计", "上年结转结余/小计") == "347.32");
  for (const auto& row : i.rows) BOOST_TEST(!(row[0].is_text() && row[0].text == "**"));
}

// The image-only narrative gives no tables and says why, instead of failing.
BOOST_AUTO_TEST_CASE(image_only_document, *utf::precondition(shared_present{})) {
  const auto& d = doc("bj-zsj-2026-budget-narrative-imageonly.pdf");
  BOOST_TEST(d.tables.empty());
  BOOST_TEST(!d.diagnostics.empty());
}

// Forms under one title, numbered 表14-1, 表14-2 …: one table each, not one continued table.
BOOST_AUTO_TEST_CASE(xian_numbered_forms_under_one_title, *utf::precondition(shared_present{})) {
  const auto& d = doc("sn-xa-czj-2026-budget.pdf");
  BOOST_TEST(d.document.department == "西安市财政局(汇总)");
  std::vector<std::string> numbers;
  for (const auto& t : d.tables)
    if (t.title == "部门专项业务经费绩效目标表") numbers.push_back(t.number);
  BOOST_TEST(numbers.size() == 14u);
  BOOST_TEST(numbers.front() == "表14-1");
  BOOST_TEST(numbers.back() == "表14-14");
  const auto& s = table_of_kind(d, TableKind::IncomeExpenditureSummary);
  BOOST_TEST(s.number == "表1");
  BOOST_TEST(s.unit == "元");
}

// ONLYOFFICE final account: "类 款 项" ruled into the 合计 row; a table printed with its header
// and no row at all (the altered copy lost its 三公 data row) is empty, not a table of headers.
BOOST_AUTO_TEST_CASE(shanghai_final_account_headers, *utf::precondition(shared_present{})) {
  const auto& e = table_of_kind(doc("sh-pt-czj-2024-final.pdf"), TableKind::Expenditure);
  BOOST_TEST(e.columns[0] == "项目/支出功能分类/科目编码/类");
  BOOST_TEST(e.columns[2] == "项目/支出功能分类/科目编码/项");
  BOOST_TEST(cell(e, "合计", "本年支出合计") == "2940.05");
  BOOST_TEST(cell(e, "合计", "项目/支出功能分类/科目编码/类") == "null");
  const auto& original =
      table_of_kind(doc("sh-pt-czj-2024-final.pdf"), TableKind::ThreePublicExpenses);
  BOOST_TEST(!original.empty);
  BOOST_TEST(original.rows.size() == 1u);
  const auto& altered =
      table_of_kind(doc("sh-pt-czj-2024-final-altered.pdf"), TableKind::ThreePublicExpenses);
  BOOST_TEST(altered.empty);
  BOOST_TEST(altered.rows.empty());
  BOOST_TEST(altered.columns == original.columns, boost::test_tools::per_element());
}

// Kinds of the last tables of corpus/real's budget documents that had none: Beijing's 预算11表
// 财政拨款政府购买服务明细表 (指导性目录 一级/二级/三级, 预算金额), and the list of projects and
// their self-evaluation scores that Foshan's 决算 prints under its narrative (page 29, no title):
// a score is a number, never money.
BOOST_AUTO_TEST_CASE(purchased_services_and_self_evaluation_kinds,
                     *utf::precondition(shared_present{})) {
  const auto& b = doc("bj-czj-2026-budget-tables.pdf");
  const auto& s = table_of_kind(b, TableKind::GovernmentPurchasedServices);
  BOOST_TEST(s.number == "预算11表");
  BOOST_TEST(s.unit == "万元");
  BOOST_TEST(cell(s, "合计", "预算金额") == "9725.394000");
  BOOST_TEST(cell(s, "法律咨询服务", "预算金额") == "256.362600");
  const auto& f = doc("gd-fs-gdjtj-2019-final.pdf");
  const auto& e = table_of_kind(f, TableKind::PerformanceSelfEvaluation);
  BOOST_TEST(e.pages == (std::vector<int>{29}), boost::test_tools::per_element());
  BOOST_TEST(e.rows.size() == 7u);
  BOOST_TEST((e.roles.back() == ColumnRole::Quantity));
  BOOST_TEST(cell(e, "2019年度聘请专家人员经费", "自评分数") == "96.53");
  for (const auto& t : f.tables) BOOST_TEST((t.kind != TableKind::Unknown), t.title);
}

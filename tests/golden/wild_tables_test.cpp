// Documents of corpus/wild nobody tuned for (issue 7: items 2, 3, 6, 7): continuation pages
// joined with their kind, units read where they share a line with the department, codes in
// labels, two classifications side by side, kinds of the tables that had none. Read from
// ../shared (skipped when absent).
#define BOOST_TEST_MODULE wild_tables_test
#include <boost/test/unit_test.hpp>

#include "check/table_view.h"
#include "emit/row_key.h"
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
  return read_once(shared_dir() / "corpus" / "wild" / name, false);
}

const Table& titled(const Document& d, const std::string& title, int nth = 0) {
  for (const auto& t : d.tables)
    if (t.title == title && nth-- == 0) return t;
  BOOST_FAIL("no table " + title);
  throw std::logic_error("unreachable");
}

std::size_t row_named(const Table& t, const std::string& label) {
  for (std::size_t r = 0; r < t.rows.size(); ++r)
    if (emit::row_label(t, r) == label) return r;
  BOOST_FAIL("no row " + label + " in " + t.title);
  return 0;
}

}  // namespace

// Yantai: every page repeats 公开表N, the title and "部门（单位）：… 单位：万元"; each table is one
// table over its pages, with its kind and the unit of the shared line. No table is left untitled.
BOOST_AUTO_TEST_CASE(yantai_title_repeated_on_every_page, *utf::precondition(shared_present{})) {
  const auto& d = doc("yt-0207ba84.pdf");
  const auto& income = table_of_kind(d, TableKind::Income);
  BOOST_TEST(income.title == "收入总体情况表");
  BOOST_TEST(income.pages == (std::vector<int>{18, 19, 20}), boost::test_tools::per_element());
  BOOST_TEST(income.unit == "万元");
  BOOST_TEST(income.department == "烟台市市场监督管理局");
  BOOST_TEST(cell(income, "科学技术支出", "合计") == "4970.02");  // the first row of page 19
  BOOST_TEST(cell(income, "合计", "合计") == "33034.31");
  const auto& basic = table_of_kind(d, TableKind::BasicExpenditure);
  BOOST_TEST(basic.pages == (std::vector<int>{33, 34, 35, 36}), boost::test_tools::per_element());
  for (const auto& t : d.tables) {
    BOOST_TEST(t.kind != TableKind::Unknown, t.title);
    BOOST_TEST((!t.unit.empty() || is_performance_targets(t.kind)), t.title);
  }
}

// Yantai: 部门经济分类 类/款 | name | 政府经济分类 类/款 | name: the rows are keyed by the first
// classification, never by the two joined (30101, not 3010150101).
BOOST_AUTO_TEST_CASE(yantai_two_economic_classifications, *utf::precondition(shared_present{})) {
  const auto& d = doc("yt-0207ba84.pdf");
  const auto& t = table_of_kind(d, TableKind::GeneralBudgetBasicExpenditure);
  std::size_t r = row_named(t, "基本工资");
  BOOST_TEST(emit::row_code(t, r).value_or("") == "30101");
  auto codes = check::detail::row_codes(t);
  BOOST_TEST(codes[r] == "30101");
  for (const auto& code : codes) BOOST_TEST(code.size() <= 5u, code);
}

// Yantai: a project's form titled again on the next project's page is a new form; its subtitle
// "（2026年度）" is never a title.
BOOST_AUTO_TEST_CASE(yantai_forms_under_title_and_subtitle, *utf::precondition(shared_present{})) {
  const auto& d = doc("yt-06874f6f.pdf");
  int forms = 0;
  for (const auto& t : d.tables) {
    BOOST_TEST(t.title != "(2026年度)");
    forms += t.title == "政策和项目预算绩效目标表";
  }
  BOOST_TEST(forms >= 2);
  BOOST_TEST(titled(d, "政策和项目预算绩效目标表").kind == TableKind::PerformanceTargetsProject);
}

// Suzhou: "单位：苏州市科学技术局   单位：万元" on one line.
BOOST_AUTO_TEST_CASE(suzhou_unit_beside_the_department, *utf::precondition(shared_present{})) {
  const auto& d = doc("suz-003a9804.pdf");
  const auto& s = table_of_kind(d, TableKind::IncomeExpenditureSummary);
  BOOST_TEST(s.unit == "万元");
  BOOST_TEST(s.department == "苏州市科学技术局");
  for (const auto& t : d.tables) BOOST_TEST(!t.unit.empty(), t.title);
}

// Shanghai: the 收入预算总表 (pp.8-9) prints no 单位 line, unlike every other table of the file.
// Its total 471,452,100 is the 一般公共预算支出功能分类预算表's, printed in 元: the unit is 元,
// and a diagnostic says where it came from. A unit is never guessed without such a total.
BOOST_AUTO_TEST_CASE(shanghai_unit_from_a_table_of_the_same_total,
                     *utf::precondition(shared_present{})) {
  const auto& d = doc("sh-e4ab25c2.pdf");
  const auto& t = titled(d, "2026年预算单位收入预算总表");
  BOOST_TEST(t.unit == "元");
  BOOST_TEST(cell(t, "合计", "收入预算/合计") == "471452100");
  int inferred = 0;
  for (const auto& diag : d.diagnostics)
    if (diag.code == "unit_inferred") {
      ++inferred;
      BOOST_TEST(diag.page == 8);
      BOOST_TEST(diag.message.find("471452100") != std::string::npos, diag.message);
    }
  BOOST_TEST(inferred == 1);
  for (const auto& table : d.tables)
    BOOST_TEST((!table.unit.empty() || is_performance_targets(table.kind)), table.title);
}

// Guangzhou: the codes are printed in the names ("[201]一般公共服务支出"): row_code reads them,
// the label keeps what was printed.
BOOST_AUTO_TEST_CASE(guangzhou_codes_in_labels, *utf::precondition(shared_present{})) {
  const auto& d = doc("gz-015554f2.pdf");
  const auto& t = titled(d, "一般公共预算支出情况表(按功能分类科目)");
  BOOST_TEST(t.kind == TableKind::GeneralBudgetExpenditure);
  std::size_t r = row_named(t, "[201]一般公共服务支出");
  BOOST_TEST(emit::row_code(t, r).value_or("") == "201");
}

// Guangzhou: the unruled 部门预算项目支出 table prints beside each project a paragraph of 绩效目标
// centred on its amounts, its lines as far apart as the rows; a name wraps over up to three
// lines around the amounts, the first of them under the header of a new page; the last amount
// touches the paragraph. Each project is one row with its amounts, its whole name and its
// paragraph, and the pages are one table (they were unknown tables, or no rows at all).
BOOST_AUTO_TEST_CASE(guangzhou_projects_beside_their_targets,
                     *utf::precondition(shared_present{})) {
  const std::string title = "部门预算项目支出及其他支出预算表";
  const auto& t = titled(doc("gz-b88633c6.pdf"), title);
  BOOST_TEST(t.kind == TableKind::ProjectExpenditure);
  BOOST_TEST(t.pages.front() == 27);
  BOOST_TEST(t.pages.back() == 56);
  BOOST_TEST(cell(t, "办公、业务用房租赁经费", "总计") == "42.19");  // page 27
  BOOST_TEST(cell(t, "其他运行经费", "绩效目标") ==
             "通过对办公大楼设备设施的日常维护保养,充分保障办公楼正常办公秩序。");
  BOOST_TEST(cell(t, "广州特种设备检测研究院2026-2027年信息化运维服务项目", "其他资金") ==
             "170.38");  // page 55: the name's first line right under the header
  const auto& last = row_labelled(t, "广州特种设备检测研究院2026年广州特检数智应用建设项目");
  BOOST_TEST(last.back().text.starts_with("一、绩效目标(一)检务智能化升级。"));  // page 56, alone
  // "0.00（100%）；", "0.00服，维护…": the amount and the paragraph printed touching.
  const auto& s = titled(doc("gz-015554f2.pdf"), title);
  BOOST_TEST(cell(s, "广州市司法局2021年信息化运维服务项目", "其他资金") == "0.00");
  BOOST_TEST(cell(s, "广州市司法局2021年信息化运维服务项目", "总计") == "343.60");
  const auto& e = titled(doc("gz-e85c59bd.pdf"), title);
  BOOST_TEST(cell(e, "购置经费", "其他资金") == "0.00");
  BOOST_TEST(cell(e, "购置经费", "总计") == "3.30");
  // A name whose first line ends with "，" (page 24) is no sentence between the rows.
  const auto& a = titled(doc("gz-4d95e1cc.pdf"), title);
  BOOST_TEST(cell(a, "增加安居集团资本金,用于市本级公共租赁住房运营权转让及提质增效项目",
                  "国有资本经营预算") == "1000.00");
}

// Shenzhen: the key projects' targets follow "…情况如下：" under "第七部分 重点项目预算绩效情况
// 说明", without a title: named by the section, a list with its header, in 万元 as its
// "预算数（万元）" column says.
BOOST_AUTO_TEST_CASE(shenzhen_untitled_list_named_by_section,
                     *utf::precondition(shared_present{})) {
  const auto& d = doc("sz-08cc7487.pdf");
  const auto& t = titled(d, "重点项目预算绩效情况说明");
  BOOST_TEST(t.kind == TableKind::PerformanceTargetsProject);
  BOOST_TEST(t.pages == (std::vector<int>{17, 18}), boost::test_tools::per_element());
  BOOST_TEST(t.unit == "万元");
  BOOST_TEST(cell(t, "管养维护项目", "预算数(万元)") == "2573.40");
}

// Xi'an: 会议费/培训费明细表, the list of units and the list of tables get kinds; a title wrapped
// over two lines and a qualifier line under a title are read whole.
BOOST_AUTO_TEST_CASE(xian_kinds, *utf::precondition(shared_present{})) {
  const auto& d = doc("xa-09698190.pdf");
  BOOST_TEST(titled(d, "会议费明细表").kind == TableKind::MeetingTrainingExpenses);
  BOOST_TEST(titled(d, "培训费明细表").kind == TableKind::MeetingTrainingExpenses);
  BOOST_TEST(titled(d, "预算单位构成").kind == TableKind::BudgetUnits);
  BOOST_TEST(titled(d, "报表目录").kind == TableKind::TableList);
  const auto& x = doc("xa-f5204630.pdf");
  const auto& p = titled(x, "2021年部门综合预算政府采购(资产配置、购买服务)预算表(不含上年结转)");
  BOOST_TEST(p.kind == TableKind::GovernmentProcurement);
  BOOST_TEST(p.unit == "元");
  const auto& e = table_of_kind(x, TableKind::GeneralBudgetExpenditureEconomic);
  BOOST_TEST(e.number == "表6");
  BOOST_TEST(e.pages.front() == 48);
}

// Xi'an, page 77: "表13" / "2021年部门综合预算一般公共预算拨款“三公”经费及" / "会议费、培训费支出
// 预算表（不含上年结转）": a line ending in 及 goes on in the next, though that line alone reads as
// a 会议费/培训费 title; the number above the head stays the table's (表12 likewise).
BOOST_AUTO_TEST_CASE(xian_title_wrapped_after_conjunction, *utf::precondition(shared_present{})) {
  const auto& x = doc("xa-f5204630.pdf");
  const auto& t = titled(x,
                         "2021年部门综合预算一般公共预算拨款“三公”经费及会议费、培训费支出预算表"
                         "(不含上年结转)");
  BOOST_TEST(t.kind == TableKind::ThreePublicExpenses);
  BOOST_TEST(t.number == "表13");
  BOOST_TEST(t.pages.front() == 77);
  BOOST_TEST(cell(t, "合计", "2021年/培训费") == "1023214.00");
  BOOST_TEST(
      titled(x, "2021年部门综合预算政府采购(资产配置、购买服务)预算表(不含上年结转)").number ==
      "表12");
  for (const auto& table : x.tables)
    BOOST_TEST(table.title != "会议费、培训费支出预算表(不含上年结转)");
}

// Xi'an: "对附属单位上缴收" wraps its last character below the header's ruling, into the first data
// row's cell ("入 0.00", page 42): the header gets it back, the cell reads 0.00.
BOOST_AUTO_TEST_CASE(xian_header_tail_in_first_row, *utf::precondition(shared_present{})) {
  const auto& d = doc("xa-f5204630.pdf");
  const auto& t = titled(d, "2021年部门综合预算收入总表");
  BOOST_TEST(cell(t, "合计", "部门预算/对附属单位上缴收入") == "0.00");
  BOOST_TEST(cell(t, "合计", "部门预算/事业单位经营收入") == "143440000.00");
}

// Xi'an: the cover "西安市发展和改革委员会" / "2019 年部门综合预算说明".
BOOST_AUTO_TEST_CASE(xian_cover_with_spaces, *utf::precondition(shared_present{})) {
  const auto& d = doc("xa-33b3226e.pdf");
  BOOST_TEST(d.document.department == "西安市发展和改革委员会");
  BOOST_TEST(d.document.year == 2019);
  BOOST_TEST(d.document.kind == "budget");
}

// Xi'an: bar charts (a value axis 120000 … 0 beside gridlines, bar labels, category names) are
// no tables: pages 7 and 9–13 give none, and each chart is named in a diagnostic. The table on
// page 10 above a chart is read alone, its 年度 a name and not money (it was read with the
// axis of page 8's chart as its header).
BOOST_AUTO_TEST_CASE(xian_charts_are_not_tables, *utf::precondition(shared_present{})) {
  const auto& d = doc("xa-9645ce95.pdf");
  for (const auto& t : d.tables)
    for (int p : t.pages) BOOST_TEST((p != 7 || t.kind == TableKind::BudgetUnits), t.title);
  for (const auto& t : d.tables)
    for (int p : t.pages) BOOST_TEST((p < 9 || p > 13), t.title);
  int charts = 0;
  for (const auto& x : d.diagnostics)
    if (x.code == "chart_not_read") {
      ++charts;
      if (x.page == 9)
        BOOST_TEST(x.message == "page 9: a chart (value axis 0 to 120000), not read as a table");
    }
  BOOST_TEST(charts == 5);
  const auto& b = doc("xa-b807ca62.pdf");
  const Table* compared = nullptr;
  for (const auto& t : b.tables)
    if (t.pages == std::vector<int>{10}) compared = &t;
  BOOST_REQUIRE(compared);
  BOOST_TEST(compared->columns ==
                 (std::vector<std::string>{"年度", "总收入支出", "专项业务费", "基本支出"}),
             boost::test_tools::per_element());
  BOOST_TEST((compared->roles.front() == ColumnRole::Label));
  BOOST_TEST(cell(*compared, "2022", "总收入支出") == "1899.9");
  BOOST_TEST(cell(*compared, "变化", "基本支出") == "-19.11");
}

// Xi'an: a project named with a percentage ("1%人口普查（2026）", page 36) is a row of its table,
// not a sentence: the rows under it stay in the table instead of starting an untitled one.
BOOST_AUTO_TEST_CASE(xian_percentage_in_a_name, *utf::precondition(shared_present{})) {
  const auto& d = doc("xa-09698190.pdf");
  const auto& t = titled(d, "部门综合预算专项业务经费支出表", 1);  // the second 表10
  BOOST_TEST(t.pages == (std::vector<int>{36}), boost::test_tools::per_element());
  BOOST_TEST(cell(t, "1%人口普查(2026)", "项目金额") == "484600.00");
  BOOST_TEST(cell(t, "社情民意调查", "项目金额") == "269000.00");
  for (const auto& other : d.tables) BOOST_TEST((other.kind != TableKind::Unknown), other.title);
}

// Continuation pages, metadata lines, captions and kinds on small synthetic documents
// (tab-separated text, \f between pages), one layout per case (issue 7: items 2, 6, 7).
#define BOOST_TEST_MODULE parse_continuation_test
#include <algorithm>
#include <boost/test/unit_test.hpp>

#include "core/table_kinds.h"
#include "extract/extract.h"
#include "parse/classify.h"
#include "parse/parse.h"
#include "parse/patterns.h"

using namespace gongkai;

namespace {

Document parse_text(std::string_view text) {
  return parse::parse_document(extract::read_text_bytes(text, "t.txt"));
}

std::vector<std::string> first_cells(const Table& t) {
  std::vector<std::string> out;
  for (const auto& row : t.rows) out.push_back(row[0].is_null() ? "null" : row[0].text);
  return out;
}

bool says(const Document& doc, std::string_view words) {
  return std::any_of(doc.diagnostics.begin(), doc.diagnostics.end(), [&](const Diagnostic& d) {
    return d.message.find(words) != std::string::npos;
  });
}

constexpr std::string_view kHeader = "科目编码\t科目名称\t合计\t基本支出\n";

}  // namespace

// Title, number and 部门（单位）… 单位：万元 repeated on every page: one table over both pages,
// the unit read from the line it shares with the department, the repeated header dropped.
BOOST_AUTO_TEST_CASE(title_repeated_on_every_page) {
  std::string text = "公开表2\n收入总体情况表\n部门（单位）：烟台市某局 单位：万元\n";
  text += kHeader;
  text += "合计\t\t9.00\t9.00\n201\t一般公共服务支出\t5.00\t5.00\n— 17 —\n";
  text += "\f公开表2\n收入总体情况表\n部门（单位）：烟台市某局 单位：万元\n";
  text += kHeader;
  text += "208\t社会保障和就业支出\t4.00\t4.00\n";
  auto doc = parse_text(text);
  BOOST_REQUIRE(doc.tables.size() == 1u);
  const auto& t = doc.tables[0];
  BOOST_TEST(t.kind == TableKind::Income);
  BOOST_TEST(t.unit == "万元");
  BOOST_TEST(t.department == "烟台市某局");
  BOOST_TEST(t.pages == (std::vector<int>{1, 2}), boost::test_tools::per_element());
  BOOST_TEST(first_cells(t) == (std::vector<std::string>{"合计", "201", "208"}),
             boost::test_tools::per_element());
}

// The next page prints only the subtitle: joined, the kind carried over; the subtitle never
// becomes a title.
BOOST_AUTO_TEST_CASE(subtitle_alone_on_the_continuation_page) {
  std::string text = "一般公共预算支出情况表\n（2026年度）\n单位：万元\n";
  text += kHeader;
  text += "合计\t\t9.00\t9.00\n201\t一般公共服务支出\t5.00\t5.00\n";
  text += "\f（2026年度）\n";
  text += kHeader;
  text += "208\t社会保障和就业支出\t4.00\t4.00\n";
  auto doc = parse_text(text);
  BOOST_REQUIRE(doc.tables.size() == 1u);
  BOOST_TEST(doc.tables[0].kind == TableKind::GeneralBudgetExpenditure);
  BOOST_TEST(doc.tables[0].title == "一般公共预算支出情况表");
  BOOST_TEST(doc.tables[0].rows.size() == 3u);
}

// The next page prints neither title nor subtitle, only the header again.
BOOST_AUTO_TEST_CASE(no_title_on_the_continuation_page) {
  std::string text = "支出总体情况表\n单位:万元\n";
  text += kHeader;
  text += "合计\t\t9.00\t9.00\n201\t一般公共服务支出\t5.00\t5.00\n- 3 -\n\f";
  text += kHeader;
  text += "208\t社会保障和就业支出\t4.00\t4.00\n";
  auto doc = parse_text(text);
  BOOST_REQUIRE(doc.tables.size() == 1u);
  BOOST_TEST(doc.tables[0].kind == TableKind::Expenditure);
  BOOST_TEST(doc.tables[0].pages == (std::vector<int>{1, 2}), boost::test_tools::per_element());
}

// The page repeats the header in another number of columns: never joined; a part of its own
// under the same title and kind, and a diagnostic.
BOOST_AUTO_TEST_CASE(columns_that_do_not_agree_are_kept_apart) {
  std::string text = "项目支出预算表\n单位:万元\n";
  text += "项目名称\t合计\t财政拨款\t其他资金\n合计\t9.00\t9.00\t0.00\nA项目\t9.00\t9.00\t0.00\n\f";
  text += "项目名称\t合计\t财政拨款\n B项目\t4.00\t4.00\n";
  auto doc = parse_text(text);
  BOOST_REQUIRE(doc.tables.size() == 2u);
  BOOST_TEST(doc.tables[1].title == doc.tables[0].title);
  BOOST_TEST(doc.tables[1].kind == TableKind::ProjectExpenditure);
  BOOST_TEST(doc.tables[1].columns.size() == 3u);
  BOOST_TEST(says(doc, "emitted as a separate table part"));
}

// A second page without title, of another width, after a table on an unrelated page: unknown,
// not joined (only the next page continues a table).
BOOST_AUTO_TEST_CASE(a_grid_two_pages_on_is_not_a_continuation) {
  std::string text = "支出总体情况表\n";
  text += kHeader;
  text += "合计\t\t9.00\t9.00\n\f正文。\n\f";
  text += "甲\t乙\n丙\t1.00\n";
  auto doc = parse_text(text);
  BOOST_REQUIRE(doc.tables.size() == 2u);
  BOOST_TEST(doc.tables[1].kind == TableKind::Unknown);
}

// Forms (绩效目标表): the title repeated over a new form starts a new table; the form's grids
// stack, whatever their widths, over the page.
BOOST_AUTO_TEST_CASE(performance_forms_repeat_their_title) {
  std::string text = "政策和项目预算绩效目标表\n（2026年度）\n";
  text += "项目名称\t设备购置\t\n项目资金(万元)\t年度预算资金总额:\t16.00\n";
  text += "\f总体目标\t保障运行\t\t\t\n\t一级指标\t二级指标\t三级指标\t指标值\n";
  text += "\f政策和项目预算绩效目标表\n（2026年度）\n";
  text += "项目名称\t人口抽样调查\t\n项目资金(万元)\t年度预算资金总额:\t10.00\n";
  auto doc = parse_text(text);
  BOOST_REQUIRE(doc.tables.size() == 2u);
  for (const auto& t : doc.tables) {
    BOOST_TEST(t.kind == TableKind::PerformanceTargetsProject);
    BOOST_TEST(t.title == "政策和项目预算绩效目标表");
  }
  BOOST_TEST(doc.tables[0].pages == (std::vector<int>{1, 2}), boost::test_tools::per_element());
  BOOST_TEST(doc.tables[1].pages == (std::vector<int>{3}), boost::test_tools::per_element());
}

// A form whose next page starts with its number again and a grid of another layout: a part
// under the form's title and kind, not an unknown table.
BOOST_AUTO_TEST_CASE(performance_form_part_on_the_next_page) {
  auto doc = parse_text(
      "表15\n2021年部门整体支出绩效目标表\n部门(单位)名称\t\t某局\n年度预算\t金额\t5.00\n"
      "\f表15\n年度绩效指标\t一级指标\t二级指标\t指标内容\t指标值\n\t产出指标\t数量指标\t发放\t按月"
      "\n");
  BOOST_REQUIRE(doc.tables.size() == 2u);
  BOOST_TEST(doc.tables[1].kind == TableKind::PerformanceTargetsDepartment);
  BOOST_TEST(doc.tables[1].number == "表15");
  BOOST_TEST(doc.tables[1].pages == (std::vector<int>{2}), boost::test_tools::per_element());
}

// A qualifier on the line under the title completes it: a table by economic class.
BOOST_AUTO_TEST_CASE(qualifier_under_the_title) {
  auto doc = parse_text(
      "表6\n一般公共预算支出明细表\n（按支出经济分类科目）\n预算单位：某局 单位：元\n"
      "科目编码\t科目名称\t合计\n301\t工资福利支出\t5.00\n");
  BOOST_REQUIRE(doc.tables.size() == 1u);
  BOOST_TEST(doc.tables[0].title == "一般公共预算支出明细表(按支出经济分类科目)");
  BOOST_TEST(doc.tables[0].kind == TableKind::GeneralBudgetExpenditureEconomic);
  BOOST_TEST(doc.tables[0].unit == "元");
  BOOST_TEST(doc.tables[0].department == "某局");
}

// A table with no title, below a sentence that leads into it: named by its section's heading.
BOOST_AUTO_TEST_CASE(untitled_table_named_by_its_section) {
  auto doc = parse_text(
      "三、预算单位构成\n从预算单位构成看，本部门的部门预算包括部门本级预算。\n"
      "纳入本部门当年预算编制范围的二级预算单位共有2个，包括：\n"
      "序号\t单位名称\t拟变动情况\n1\t某局本级\t无\n2\t某中心\t无\n");
  BOOST_REQUIRE(doc.tables.size() == 1u);
  BOOST_TEST(doc.tables[0].title == "预算单位构成");
  BOOST_TEST(doc.tables[0].kind == TableKind::BudgetUnits);
  BOOST_TEST(doc.tables[0].rows.size() == 2u);
}

// A table of contents ruled as a grid is not a table.
BOOST_AUTO_TEST_CASE(contents_ruled_as_a_grid) {
  auto doc = parse_text(
      "\t目\t录\n第一部分 部门概况\t\t\n第二部分 2026年部门预算表\t\t\n"
      "\f收支总体情况表\n收入\t预算数\t支出\t预算数\n一、一般公共预算拨款收入\t5."
      "00\t一、一般公共服务支出\t5.00\n");
  BOOST_REQUIRE(doc.tables.size() == 1u);
  BOOST_TEST(doc.tables[0].kind == TableKind::IncomeExpenditureSummary);
}

// A cover printed over three lines: year, organisation, kind of document.
BOOST_AUTO_TEST_CASE(cover_over_three_lines) {
  auto doc =
      parse_text("2026 年度\n福州市民政局(本级)\n单位预算\n\f收入总表\n项目\t金额\n合计\t1.00\n");
  BOOST_TEST(doc.document.department == "福州市民政局(本级)");
  BOOST_TEST(doc.document.year == 2026);
  BOOST_TEST(doc.document.kind == "budget");
}

BOOST_AUTO_TEST_CASE(cover_title_with_spaces_and_综合) {
  auto doc = parse_text("西安市发展和改革委员会\n2019 年部门综合预算说明\n正文。\n");
  BOOST_TEST(doc.document.department == "西安市发展和改革委员会");
  BOOST_TEST(doc.document.year == 2019);
}

// The department where it shares its line with the unit (after clean_text: no spaces left
// between CJK characters).
BOOST_AUTO_TEST_CASE(department_sharing_a_line_with_the_unit) {
  struct Case {
    const char* line;
    const char* department;
  };
  for (const Case& c : {Case{"部门(单位):烟台市市场监督管理局单位:万元", "烟台市市场监督管理局"},
                        Case{"单位:苏州市科学技术局单位:万元", "苏州市科学技术局"},
                        Case{"单位:苏州市科学技术局 单位:万元", "苏州市科学技术局"},
                        Case{"编制单位:上海市数据局 金额单位:元", "上海市数据局"},
                        Case{"单位:万元 部门:某某局", "某某局"},
                        Case{"预算单位:西安市民政局单位:元", "西安市民政局"}}) {
    BOOST_TEST_CONTEXT(c.line) {
      BOOST_TEST(parse::department_in(c.line).value_or("(none)") == c.department);
    }
  }
  BOOST_TEST(!parse::department_in("单位:万元").has_value());
  BOOST_TEST(!parse::department_in("计量单位:元/人").has_value());
}

BOOST_AUTO_TEST_CASE(kinds_from_title_words) {
  struct Case {
    const char* title;
    TableKind kind;
  };
  for (const Case& c : {
           Case{"会议费明细表", TableKind::MeetingTrainingExpenses},
           Case{"培训费明细表", TableKind::MeetingTrainingExpenses},
           Case{"一般公共预算“三公”经费、会议费、培训费支出预算表", TableKind::ThreePublicExpenses},
           Case{"一般公共预算支出表(按经济分类)", TableKind::GeneralBudgetExpenditureEconomic},
           Case{"2026年度一般公共预算支出经济分类情况表",
                TableKind::GeneralBudgetExpenditureEconomic},
           Case{"一般公共预算支出情况表(按功能分类科目)", TableKind::GeneralBudgetExpenditure},
           Case{"一般公共预算基本支出情况表(按经济分类科目)",
                TableKind::GeneralBudgetBasicExpenditure},
           Case{"项目支出绩效目标表", TableKind::PerformanceTargetsProject},
           Case{"部门整体绩效目标表", TableKind::PerformanceTargetsDepartment},
           Case{"重点项目预算绩效情况说明", TableKind::PerformanceTargetsProject},
           Case{"部门决算单位构成", TableKind::BudgetUnits},
           Case{"财政拨款基本支出表(经济科目)", TableKind::BasicExpenditure},
           Case{"财政拨款支出预算表", TableKind::FiscalAppropriationExpenditure},
           Case{"报表目录", TableKind::TableList},
           Case{"2022年部门综合预算公开报表", TableKind::TableList},
       }) {
    BOOST_TEST_CONTEXT(c.title) {
      BOOST_TEST(parse::classify_title(c.title) == c.kind);
    }
  }
}

// Every kind has a name in one place, read back to the same kind, and a description for
// `gongkai kinds`.
BOOST_AUTO_TEST_CASE(every_kind_is_described) {
  for (const auto& info : table_kinds()) {
    BOOST_TEST(!info.description.empty(), info.name);
    BOOST_TEST(name(info.kind) == info.name);
    BOOST_TEST((table_kind_from_name(info.name) == info.kind), info.name);
  }
  BOOST_TEST(table_kinds().back().kind == TableKind::Unknown);
  BOOST_TEST(!table_kind_from_name("expenses"));
}

// A cell cut by the page break ("八、社会保障和就" / "业支出") is joined to the row above; a
// word at the next page's head under a whole item name ("资本性支出") begins the next row's
// wrapped name instead, as in a table printed by 预算单位 whose unit names wrap in their cells.
BOOST_AUTO_TEST_CASE(page_break_tails_join_only_cut_words) {
  const std::string header = "项目\t合计\t财政拨款\n";
  std::string cut = "支出总表\n单位:万元\n" + header;
  cut += "合计\t9.00\t9.00\n八、社会保障和就\t9.00\t9.00\n\f" + header + "业支出\t\t\n";
  auto doc = parse_text(cut);
  BOOST_REQUIRE(doc.tables.size() == 1u);
  BOOST_TEST(
      first_cells(doc.tables[0]) == (std::vector<std::string>{"合计", "八、社会保障和就业支出"}),
      boost::test_tools::per_element());

  std::string whole = "基本支出预算表\n单位:万元\n" + header;
  whole += "合计\t9.00\t9.00\n资本性支出\t9.00\t9.00\n\f" + header;
  whole += "广州市交通工程质量监督\t\t\n站（造价管理站）\t0.00\t0.00\n";
  doc = parse_text(whole);
  BOOST_REQUIRE(doc.tables.size() == 1u);
  BOOST_TEST(first_cells(doc.tables[0]).at(1) == "资本性支出");
}

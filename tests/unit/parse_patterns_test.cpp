// Each RE2 pattern of parse/patterns.h, table-driven: what it must match and what it must not.
#define BOOST_TEST_MODULE parse_patterns_test
#include <boost/test/unit_test.hpp>
#include <string>
#include <vector>

#include "normalize/vocabulary.h"
#include "parse/classify.h"
#include "parse/patterns.h"

using gongkai::TableKind;
using namespace gongkai::parse;

BOOST_AUTO_TEST_CASE(titles_with_and_without_numbers) {
  struct Row {
    const char* line;
    const char* number;
    const char* title;
  };
  const Row rows[] = {
      {"2024年预算收支总表", "", "2024年预算收支总表"},
      {"表一2024年预算收支总表", "表一", "2024年预算收支总表"},
      {"预算公开表1 2024年预算收支总表", "预算公开表1", "2024年预算收支总表"},
      {"2024年一般公共预算支出预算表(不含上年结转)", "",
       "2024年一般公共预算支出预算表(不含上年结转)"},
      {"公开01表 部门财务收支预算总表", "公开01表", "部门财务收支预算总表"},
      {"2024年财政拨款安排“三公”经费支出预算表", "", "2024年财政拨款安排“三公”经费支出预算表"},
      {"收支总表 单位:万元", "", "收支总表"},
      {"一、2017年度江苏省高级人民法院部门收支预算总表", "一",
       "2017年度江苏省高级人民法院部门收支预算总表"},
      {"(十一)国有资本经营预算支出表", "十一", "国有资本经营预算支出表"},
      {"表1:2026年市级部门收支预算总表", "表1", "2026年市级部门收支预算总表"},
      {"表11.2026年市级部门项目支出绩效表", "表11", "2026年市级部门项目支出绩效表"},
  };
  for (const auto& row : rows) {
    auto m = match_title(row.line);
    BOOST_TEST_CONTEXT(row.line) {
      BOOST_REQUIRE(m.has_value());
      BOOST_TEST(m->number == row.number);
      BOOST_TEST(m->title == row.title);
    }
  }
}

BOOST_AUTO_TEST_CASE(lines_that_are_not_titles) {
  const char* lines[] = {
      "表一2024年预算收支总表.....3",                                // table of contents
      "注:本表无数据",                                               // a note
      "部门名称:山西省人民政府外事办公室",                           // metadata
      "详见附表",                                                    // a reference
      "2024年度预算收入总计5,498.95万元,其中:本年收入5,489.12万元",  // narrative
      "一般公共预算当年支出结构图",                                  // a chart caption
  };
  for (const char* line : lines) BOOST_TEST(!match_title(line).has_value(), line);
}

BOOST_AUTO_TEST_CASE(table_numbers_alone) {
  for (const char* yes : {"预算公开表1", "部门公开表9", "表一", "表十三", "公开01表", "附表3"})
    BOOST_TEST(is_table_number(yes), yes);
  for (const char* no : {"表", "预算公开", "2024年预算收支总表", "表一2024年预算收支总表"})
    BOOST_TEST(!is_table_number(no), no);
}

BOOST_AUTO_TEST_CASE(table_of_contents_lines) {
  BOOST_TEST(is_toc_line("表一2024年预算收支总表..... 3"));
  BOOST_TEST(is_toc_line("一、本部门职责……2"));
  BOOST_TEST(!is_toc_line("4603.53"));
  BOOST_TEST(!is_toc_line("2024年预算收支总表"));
}

BOOST_AUTO_TEST_CASE(departments) {
  struct Row {
    const char* line;
    const char* department;
  };
  const Row rows[] = {
      {"部门名称:山西省人民政府外事办公室", "山西省人民政府外事办公室"},
      {"部门名称:山西省人民政府外事办公室单位:万元", "山西省人民政府外事办公室"},
      {"编制部门:341-湖州市财政局", "湖州市财政局"},
      {"单位名称:重庆市水利局单位:万元", "重庆市水利局"},
      {"编制单位:上海市普陀区司法局 单位:元", "上海市普陀区司法局"},
  };
  for (const auto& row : rows) {
    auto d = department_in(row.line);
    BOOST_TEST_CONTEXT(row.line) {
      BOOST_REQUIRE(d.has_value());
      BOOST_TEST(*d == row.department);
    }
  }
  BOOST_TEST(!department_in("单位:万元").has_value());
  BOOST_TEST(!department_in("本部门职责").has_value());
}

BOOST_AUTO_TEST_CASE(departments_named_in_titles) {
  BOOST_TEST(department_in_title("2017年度江苏省高级人民法院部门收支预算总表").value_or("") ==
             "江苏省高级人民法院");
  BOOST_TEST(department_in_title("国家信访局2026年度部门预算").value_or("") == "国家信访局");
  BOOST_TEST(!department_in_title("2024年预算收支总表").has_value());
  BOOST_TEST(looks_like_organization("上海市普陀区人民政府万里街道办事处"));
  BOOST_TEST(!looks_like_organization("第二部分"));
}

BOOST_AUTO_TEST_CASE(empty_notes_totals_codes) {
  BOOST_TEST(is_empty_note("注:本表无数据"));
  BOOST_TEST(is_empty_note("本表无数据。"));
  BOOST_TEST(!is_empty_note("本表反映部门收支总体情况"));
  for (const char* t : {"合计", "总计", "小计", "本年收入合计", "收入总计", "部门合计"})
    BOOST_TEST(gongkai::normalize::names_a_total(t), t);
  for (const char* t : {"合计数说明如下：各项支出", "项目支出", "一般公共服务支出"})
    BOOST_TEST(!gongkai::normalize::names_a_total(t), t);
  for (const char* t : {"合计", "合 计", "总计", "部门合计", "合计数", "本表合计"})
    BOOST_TEST(gongkai::normalize::names_the_grand_total(t), t);
  for (const char* t : {"本年收入合计", "小计", "收入总计", "合计数说明"})
    BOOST_TEST(!gongkai::normalize::names_the_grand_total(t), t);
  for (const char* c : {"201", "20103", "2010301"}) BOOST_TEST(is_subject_code(c), c);
  for (const char* c : {"20", "2010", "201030", "20103011", "2010.30"})
    BOOST_TEST(!is_subject_code(c), c);
}

BOOST_AUTO_TEST_CASE(years_pages_document_titles) {
  BOOST_TEST(year_in("2024年预算收支总表") == 2024);
  BOOST_TEST(year_in("收支总表") == 0);
  for (const char* p : {"3", "- 3 -", "— 13 —", "第3页", "第 3 页 共 10 页"})
    BOOST_TEST(is_page_marker(p), p);
  BOOST_TEST(!is_page_marker("4603.53"));
  BOOST_TEST(is_document_title("2024年度部门预算公开"));
  BOOST_TEST(is_document_title("2019年佛山市轨道交通局部门决算"));
  BOOST_TEST(!is_document_title("第三部分2018年度部门预算情况说明"));
  BOOST_TEST(!is_document_title("中共上海市普陀区委社会工作部2024年度无国有资本经营预算"));
}

BOOST_AUTO_TEST_CASE(kinds_from_titles) {
  struct Row {
    const char* title;
    TableKind kind;
  };
  const Row rows[] = {
      {"2024年预算收支总表", TableKind::IncomeExpenditureSummary},
      {"收入支出决算总表", TableKind::IncomeExpenditureSummary},
      {"2024年预算收入总表", TableKind::Income},
      {"2024年预算支出总表", TableKind::Expenditure},
      {"2024年财政拨款收支总表", TableKind::FiscalAppropriationSummary},
      {"2024年一般公共预算支出预算表(不含上年结转)", TableKind::GeneralBudgetExpenditure},
      {"2024年一般公共预算安排基本支出分经济科目表(不含上年结转)",
       TableKind::GeneralBudgetBasicExpenditure},
      {"2024年政府性基金预算收入表(不含上年结转)", TableKind::GovFundIncome},
      {"2024年政府性基金预算支出表(不含上年结转)", TableKind::GovFundExpenditure},
      {"2024年国有资本经营预算收支预算表(不含上年结转)", TableKind::StateCapitalBudget},
      {"2024年财政拨款安排“三公”经费支出预算表", TableKind::ThreePublicExpenses},
      {"2024年财政拨款安排机关运行经费预算表", TableKind::AgencyOperatingExpenses},
      {"2024年项目支出预算表(本年预算)", TableKind::ProjectExpenditure},
      {"2024年项目支出预算表(上年结转)", TableKind::ProjectExpenditureCarryover},
      {"政府采购预算表", TableKind::GovernmentProcurement},
      {"省级预算部门(单位)整体支出绩效目标申报表", TableKind::PerformanceTargetsDepartment},
      {"山西省省级预算部门(单位)项目支出绩效目标申报表", TableKind::PerformanceTargetsProject},
      {"山西省部门政府购买服务指导性目录", TableKind::Unknown},
      {"财政拨款政府购买服务明细表", TableKind::GovernmentPurchasedServices},  // Beijing 预算11表
      {"2024年部门综合预算政府采购(资产配置、购买服务)预算表", TableKind::GovernmentProcurement},
      {"项目支出绩效自评得分表", TableKind::PerformanceSelfEvaluation},
      {"项目支出绩效自评表", TableKind::PerformanceTargetsProject},  // a form, with the targets
  };
  for (const auto& row : rows) BOOST_TEST(classify_title(row.title) == row.kind, row.title);
}

// A table printed under narrative without a title (Foshan's 决算, page 29: 项目名称 | 自评分数)
// is known by its columns; other columns tell nothing.
BOOST_AUTO_TEST_CASE(kinds_from_columns) {
  using Names = std::vector<std::string>;
  BOOST_TEST(classify_columns(Names{"项目名称", "自评分数"}) ==
             TableKind::PerformanceSelfEvaluation);
  BOOST_TEST(classify_columns(Names{"项目名称", "绩效自评得分"}) ==
             TableKind::PerformanceSelfEvaluation);
  BOOST_TEST(classify_columns(Names{"列1", "列2", "列3"}) == TableKind::Unknown);
  BOOST_TEST(classify_columns(Names{"项目名称", "预算数"}) == TableKind::Unknown);
}

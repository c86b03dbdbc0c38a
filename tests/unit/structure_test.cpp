// Structure checks (issue 11) on small synthetic documents: each finding, and its absence.
#define BOOST_TEST_MODULE structure_test
#include <boost/test/unit_test.hpp>
#include <string>
#include <vector>

#include "check/check.h"

using namespace gongkai;

namespace {

struct Doc {
  Document doc;
  Doc(std::string kind, int year) {
    doc.document.kind = std::move(kind);
    doc.document.year = year;
    doc.document.department = "上海市某某局";
  }
  Doc& line(int page, std::string text, bool grid = false) {
    doc.printed.push_back({page, std::move(text), grid});
    return *this;
  }
  Doc& table(std::string title, TableKind kind, int page, bool empty = false) {
    Table t;
    t.title = std::move(title);
    t.kind = kind;
    t.pages = {page};
    t.empty = empty;
    t.columns = {"项目", "合计"};
    t.roles = {ColumnRole::Label, ColumnRole::Amount};
    if (!empty) t.rows.push_back({Value::of_text("合计"), Value::of_amount(Decimal(100, 2))});
    doc.tables.push_back(std::move(t));
    return line(page, doc.tables.back().title);
  }
  Document run() {
    check::run_checks(doc);
    return doc;
  }
};

std::vector<Check> with(const Document& doc, std::string_view identity, Verdict verdict) {
  std::vector<Check> out;
  for (const auto& c : doc.checks)
    if (c.identity == identity && c.verdict == verdict) out.push_back(c);
  return out;
}

int findings(const Document& doc) {
  int n = 0;
  for (const auto& c : doc.checks)
    if (c.identity.starts_with("structure:") && is_failure(c.verdict)) ++n;
  return n;
}

Doc final_account() {
  Doc d("final_account", 2024);
  d.line(1, "目 录")
      .line(1, "一、收入支出决算总表")
      .line(1, "二、收入决算表")
      .line(1, "三、支出决算表");
  d.table("收入支出决算总表", TableKind::IncomeExpenditureSummary, 2)
      .table("收入决算表", TableKind::Income, 3)
      .table("支出决算表", TableKind::Expenditure, 4);
  d.line(5, "2024年度部门决算情况说明");
  return d;
}

}  // namespace

BOOST_AUTO_TEST_CASE(a_complete_document_has_no_findings) {
  Document doc = final_account().run();
  BOOST_TEST(findings(doc) == 0);
  BOOST_TEST(with(doc, "structure:toc_table_found", Verdict::Ok).size() == 3u);
}

BOOST_AUTO_TEST_CASE(a_table_the_toc_lists_but_nobody_prints) {
  Doc d = final_account();
  d.doc.tables.erase(d.doc.tables.begin() + 2);  // 支出决算表
  std::erase_if(d.doc.printed, [](const PrintedLine& l) { return l.page == 4; });
  Document doc = d.run();
  auto missing = with(doc, "structure:toc_table_found", Verdict::SourceError);
  BOOST_TEST_REQUIRE(missing.size() == 1u);
  BOOST_TEST(missing[0].location.find("支出决算表") != std::string::npos);
  // The identities that need it are listed, not dropped.
  BOOST_TEST(with(doc, "cross_table:summary_current_expenditure_equals_expenditure_total",
                  Verdict::NotChecked)
                 .size() == 1u);
}

BOOST_AUTO_TEST_CASE(a_title_printed_without_its_table_is_a_parse_doubt) {
  Doc d = final_account();
  d.doc.tables.erase(d.doc.tables.begin() + 2);
  Document doc = d.run();  // "支出决算表" is still printed on page 4
  BOOST_TEST(with(doc, "structure:toc_table_found", Verdict::ParseDoubt).size() == 1u);
  BOOST_TEST(with(doc, "structure:toc_table_found", Verdict::SourceError).empty());
}

BOOST_AUTO_TEST_CASE(template_residue_punctuation_and_years) {
  Doc d = final_account();
  d.line(6, "第二部分 上海市普陀区XX局2024年度部门决算表")
      .line(7, "2023年度部门决算情况说明")
      .line(8, "截至2023年12月31日,共有车辆0辆。")
      .line(9, "财政拨款收入。。")
      .line(10, "与2023年度相比,收入减少5万元。")    // a comparison: fine
      .line(11, "截至2024年12月31日,共有车辆0辆。")  // its own year: fine
      .line(12, "XXL号服装");                        // a word, not a placeholder
  Document doc = d.run();
  BOOST_TEST(with(doc, "structure:placeholder", Verdict::SourceError).size() == 1u);
  BOOST_TEST(with(doc, "structure:repeated_punctuation", Verdict::SourceError).size() == 1u);
  auto years = with(doc, "structure:year", Verdict::SourceError);
  BOOST_TEST_REQUIRE(years.size() == 2u);
  BOOST_TEST(years[0].location.find("page 7") != std::string::npos);
  BOOST_TEST(years[1].location.find("page 8") != std::string::npos);
}

// A column of a year the document does not compare: a 2021 column in a 2024 final account is a
// finding; 2023 (the year before) is not.
BOOST_AUTO_TEST_CASE(column_years) {
  Doc d = final_account();
  d.doc.tables[1].columns = {"项目", "2023年决算数"};
  d.doc.tables[2].columns = {"项目", "2021年决算数"};
  Document doc = d.run();
  auto years = with(doc, "structure:year", Verdict::SourceError);
  BOOST_TEST_REQUIRE(years.size() == 1u);
  BOOST_TEST(years[0].location == "'支出决算表' column '2021年决算数'");
}

BOOST_AUTO_TEST_CASE(empty_tables_and_their_reasons) {
  Doc d("budget", 2026);
  d.table("政府性基金预算支出表", TableKind::GovFundExpenditure, 1, true)
      .line(1, "注:本部门无政府性基金预算财政拨款支出,故本表无数据。")
      .table("国有资本经营预算支出表", TableKind::StateCapitalBudget, 2, true)
      .line(2, "注:本部门无政府性基金预算财政拨款支出,故本表无数据。")  // copied
      .table("“三公”经费支出预算表", TableKind::ThreePublicExpenses, 3, true)
      .line(3, "注:本表无数据。");
  for (int i = 0; i < 5; ++i) d.line(4, "说明。");
  d.line(4, "“三公”经费财政拨款支出年初预算为0.95万元,支出决算为0.00万元。");
  Document doc = d.run();
  BOOST_TEST(with(doc, "structure:empty_table_reason", Verdict::Ok).size() == 3u);
  auto copied = with(doc, "structure:empty_table_reason_copied", Verdict::SourceError);
  BOOST_TEST_REQUIRE(copied.size() == 1u);
  BOOST_TEST(copied[0].tables.front() == "国有资本经营预算支出表");
  auto figure = with(doc, "structure:empty_table_narrative_figure", Verdict::SourceError);
  BOOST_TEST_REQUIRE(figure.size() == 1u);
  BOOST_TEST(figure[0].note.find("0.95") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(an_empty_table_without_a_reason) {
  Doc d("budget", 2026);
  d.table("政府性基金预算支出表", TableKind::GovFundExpenditure, 1, true)
      .line(1, "注:本表无数据。")
      .table("项目支出表", TableKind::ProjectExpenditure, 2, true);
  for (int i = 0; i < 5; ++i) d.line(4, "说明。");
  Document doc = d.run();
  auto bare = with(doc, "structure:empty_table_reason", Verdict::SourceError);
  BOOST_TEST_REQUIRE(bare.size() == 1u);
  BOOST_TEST(bare[0].tables.front() == "项目支出表");
}

BOOST_AUTO_TEST_CASE(changes_need_a_reason) {
  Doc d("budget", 2026);
  d.line(1, "2026年支出预算总计100万元,比上年增加10万元。主要原因是新增项目。")
      .line(2, "行政运行(项)支出5万元,比上年增加1万元。")  // an item: no reason needed
      .line(3, "一。")
      .line(3, "二。")
      .line(3, "2026年收入预算总计100万元,比上年增加10万元。")
      .line(3, "下一句。");
  Document doc = d.run();
  BOOST_TEST(with(doc, "structure:change_explained", Verdict::SourceError).size() == 1u);
  BOOST_TEST(with(doc, "structure:change_explained", Verdict::Ok).size() == 1u);
}

BOOST_AUTO_TEST_CASE(percentages_with_more_than_two_decimals) {
  Doc d("budget", 2026);
  d.line(1, "较上年减少0.01万元(0.005%)。").line(2, "占支出的12.34%。");
  Document doc = d.run();
  BOOST_TEST(with(doc, "structure:percent_decimals", Verdict::SourceError).size() == 1u);
}

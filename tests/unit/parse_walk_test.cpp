// The document walk on small synthetic documents (tab-separated text, \f between pages): titles,
// numbers, metadata, continuation pages, repeated headers, tables of contents, notes.
#define BOOST_TEST_MODULE parse_walk_test
#include <boost/test/unit_test.hpp>

#include "extract/extract.h"
#include "parse/parse.h"

using namespace gongkai;

namespace {

Document parse_text(std::string_view text) {
  return parse::parse_document(extract::read_text_bytes(text, "t.txt"));
}

std::vector<std::string> labels(const Table& t) {
  std::vector<std::string> out;
  for (const auto& row : t.rows) out.push_back(row[0].is_null() ? "null" : row[0].text);
  return out;
}

}  // namespace

BOOST_AUTO_TEST_CASE(number_before_or_after_the_title) {
  auto doc = parse_text(
      "预算公开表1\n2024年预算支出总表\n单位:"
      "万元\n科目编码\t科目名称\t合计\n201\t一般公共服务支出\t5.00\n"
      "收入预算总表\n公开表二\n部门:某某局\n科目编码\t科目名称\t合计\n201\t一般公共服务支出\t5."
      "00\n");
  BOOST_REQUIRE(doc.tables.size() == 2u);
  BOOST_TEST(doc.tables[0].number == "预算公开表1");
  BOOST_TEST(doc.tables[0].unit == "万元");
  BOOST_TEST(doc.tables[1].number == "公开表二");
  BOOST_TEST(doc.tables[1].department == "某某局");
}

BOOST_AUTO_TEST_CASE(continuation_page_with_a_repeated_header_and_a_page_number) {
  auto doc = parse_text(
      "2024年预算支出总表\n科目编码\t科目名称\t合计\n合计\t\t9.00\n201\t一般公共服务支出\t5.00\n- "
      "3 -\n"
      "\f科目编码\t科目名称\t合计\n208\t社会保障和就业支出\t4.00\n");
  BOOST_REQUIRE(doc.tables.size() == 1u);
  const auto& t = doc.tables[0];
  BOOST_TEST(labels(t) == (std::vector<std::string>{"合计", "201", "208"}),
             boost::test_tools::per_element());
  BOOST_TEST(t.pages == (std::vector<int>{1, 2}), boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(continuation_without_title_or_header_keeps_rows_without_amounts) {
  auto doc = parse_text(
      "收支总表\n收入\t金额\t支出\t金额\n一、一般公共预算\t5.00\t一、一般公共服务支出\t5."
      "00\n页脚文字\n"
      "\f\t\t二、外交支出\t\n收入总计\t5.00\t支出总计\t5.00\n");
  BOOST_REQUIRE(doc.tables.size() == 1u);
  BOOST_TEST(doc.tables[0].rows.size() == 3u);
  BOOST_TEST(doc.tables[0].rows[1][2].text == "二、外交支出");
}

BOOST_AUTO_TEST_CASE(the_same_title_again_on_a_later_page_continues_the_table) {
  auto doc = parse_text(
      "表1\n收入支出决算总表\n项目\t决算数\n一、财政拨款收入\t1.00\n"
      "\f表1\n收入支出决算总表\n项目\t决算数\n本年收入合计\t1.00\n");
  BOOST_REQUIRE(doc.tables.size() == 1u);
  BOOST_TEST(
      labels(doc.tables[0]) == (std::vector<std::string>{"一、财政拨款收入", "本年收入合计"}),
      boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(contents_lines_are_not_tables_and_give_numbers) {
  auto doc = parse_text(
      "目录\n表五2024年一般公共预算支出预算表.....\t10\n表六2024年三公经费表.....\t11\n"
      "2024年一般公共预算支出预算表\n科目编码\t科目名称\t合计\n合计\t\t1.00\n");
  BOOST_REQUIRE(doc.tables.size() == 1u);
  BOOST_TEST(doc.tables[0].number == "表五");
}

BOOST_AUTO_TEST_CASE(empty_tables_by_note_or_bare_total) {
  auto doc = parse_text(
      "政府性基金预算支出表\n科目编码\t科目名称\t合计\n合计\t\t\n注:本表无数据\n"
      "国有资本经营预算支出表\n科目编码\t科目名称\t合计\n合计\t\t\n"
      "一般公共预算支出表\n科目编码\t科目名称\t合计\n合计\t\t0.00\n");
  BOOST_REQUIRE(doc.tables.size() == 3u);
  BOOST_TEST(doc.tables[0].empty);
  BOOST_TEST(doc.tables[1].empty);
  BOOST_TEST(!doc.tables[2].empty);  // a printed 0.00 is data
}

BOOST_AUTO_TEST_CASE(a_title_ruled_into_the_grid_starts_a_new_table) {
  auto doc = parse_text("收入总表\n项目\t金额\n合计\t3.00\n支出总表\t\n项目\t金额\n合计\t3.00\n");
  BOOST_REQUIRE(doc.tables.size() == 2u);
  BOOST_TEST(doc.tables[1].title == "支出总表");
  BOOST_TEST(doc.tables[1].kind == TableKind::Expenditure);
}

BOOST_AUTO_TEST_CASE(a_title_wrapped_over_two_lines) {
  auto doc = parse_text(
      "公开09表:一般公共预算“三公”经费、会议费、培训费\n支出预算表\n部门:某某院单位:万元\n"
      "合计\t会议费\n3.00\t1.00\n");
  BOOST_REQUIRE(doc.tables.size() == 1u);
  BOOST_TEST(doc.tables[0].number == "公开09表");
  BOOST_TEST(doc.tables[0].title == "一般公共预算“三公”经费、会议费、培训费支出预算表");
  BOOST_TEST(doc.tables[0].kind == TableKind::ThreePublicExpenses);
}

BOOST_AUTO_TEST_CASE(a_cell_cut_by_the_page_break_is_joined) {
  auto doc = parse_text(
      "收支总表\n收入\t金额\t支出\t金额\n一、一般公共预算\t5.00\t八、社会保障和就\t5.00\n"
      "\f\t\t业支出\t\n\t\t九、卫生健康支出\t\n");
  BOOST_REQUIRE(doc.tables.size() == 1u);
  BOOST_REQUIRE(doc.tables[0].rows.size() == 2u);
  BOOST_TEST(doc.tables[0].rows[0][2].text == "八、社会保障和就业支出");
  BOOST_TEST(doc.tables[0].rows[1][2].text == "九、卫生健康支出");
}

BOOST_AUTO_TEST_CASE(a_title_cut_inside_a_word) {
  auto doc = parse_text(
      "“三公”经费、会议费、培训费支出预算\n表\n部门:江苏省人大常委会办公厅单位:万元\n"
      "合计\t会议费\n3.00\t1.00\n"
      "十一、一般公共预算“三公”经费、会议费、培训费支出预\n算表\n合计\t会议费\n3.00\t1.00\n");
  BOOST_REQUIRE(doc.tables.size() == 2u);
  BOOST_TEST(doc.tables[0].title == "“三公”经费、会议费、培训费支出预算表");
  BOOST_TEST(doc.tables[1].title == "一般公共预算“三公”经费、会议费、培训费支出预算表");
  BOOST_TEST(doc.tables[1].number == "十一");
  BOOST_TEST(doc.narrative.empty());
}

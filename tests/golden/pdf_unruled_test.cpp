// The seed PDF with every ruling removed (samples/sx-wsb-2024-budget-unruled.pdf, made by
// scripts/make-unruled-sample): its tables must come out of the white space alone.
#define BOOST_TEST_MODULE pdf_unruled_test
#include <boost/test/unit_test.hpp>
#include <optional>
#include <string>
#include <vector>

#include "extract/extract.h"
#include "parse/parse.h"
#include "tests/support.h"

using gongkai::testing::sample;

namespace {

const gongkai::Document& document() {
  static const gongkai::Document doc = gongkai::parse::parse_document(
      gongkai::extract::read_pdf(sample("sx-wsb-2024-budget-unruled.pdf")));
  return doc;
}

const gongkai::Table* table_titled(const std::string& part) {
  for (const auto& t : document().tables)
    if (t.title.find(part) != std::string::npos) return &t;
  return nullptr;
}

// The row whose first non-empty text cell is `label`.
const std::vector<gongkai::Value>* row_labelled(const gongkai::Table& t, const std::string& label) {
  for (const auto& row : t.rows)
    for (const auto& v : row) {
      if (v.is_null()) continue;
      if (v.is_text() && v.text == label) return &row;
      break;
    }
  return nullptr;
}

std::vector<std::string> printed(const std::vector<gongkai::Value>& row) {
  std::vector<std::string> out;
  for (const auto& v : row) out.push_back(v.is_null() ? "" : v.text);
  return out;
}

}  // namespace

BOOST_AUTO_TEST_CASE(income_table_total_row) {
  const auto* t = table_titled("预算收入总表");
  BOOST_REQUIRE(t);
  BOOST_TEST(t->columns.size() == 9u);  // the three columns without amounts are kept
  const auto* row = row_labelled(*t, "合计");
  BOOST_REQUIRE(row);
  BOOST_TEST(printed(*row) == (std::vector<std::string>{"合计", "", "5489.12", "4603.53", "", "",
                                                        "", "885.59", "9.83"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(general_budget_table_keeps_broken_numbers) {
  const auto* t = table_titled("一般公共预算支出预算表");
  BOOST_REQUIRE(t);
  const auto* row = row_labelled(*t, "合计");
  BOOST_REQUIRE(row);
  BOOST_TEST(
      printed(*row) == (std::vector<std::string>{"合计", "", "4603.53", "2725.31", "1878.22"}),
      boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(wrapped_name_is_one_row) {
  const auto* t = table_titled("预算收入总表");
  BOOST_REQUIRE(t);
  const auto* row = row_labelled(*t, "2010399");
  BOOST_REQUIRE(row);
  // Normalised: full-width brackets become ASCII, the line break inside the cell goes.
  BOOST_TEST(printed(*row)[1] == "其他政府办公厅(室)及相关机构事务支出");
  BOOST_TEST(printed(*row)[2] == "86.45");
}

BOOST_AUTO_TEST_CASE(expenditure_table_rows) {
  const auto* t = table_titled("预算支出总表");
  BOOST_REQUIRE(t);
  const auto* row = row_labelled(*t, "2010302");
  BOOST_REQUIRE(row);
  BOOST_TEST(printed(*row) == (std::vector<std::string>{"2010302", "一般行政管理事务", "1801.60",
                                                        "", "1801.60"}),
             boost::test_tools::per_element());
}

// Page 6 continues the income table without its header; its row lines up with page 5's columns
// and keeps the three empty ones between. The row under it is printed narrower, its empty columns
// shrunk: the rule of dashes under it ("---------  -------  --") gives its column starts.
BOOST_AUTO_TEST_CASE(continued_page_keeps_empty_columns) {
  const auto* t = table_titled("预算收入总表");
  BOOST_REQUIRE(t);
  const auto* row = row_labelled(*t, "2101102");
  BOOST_REQUIRE(row);
  BOOST_TEST(printed(*row) == (std::vector<std::string>{"2101102", "事业单位医疗", "48.64", "23.78",
                                                        "", "", "", "24.86", ""}),
             boost::test_tools::per_element());
  row = row_labelled(*t, "2101103");
  BOOST_REQUIRE(row);
  BOOST_TEST(printed(*row) == (std::vector<std::string>{"2101103", "公务员医疗补助", "28.88",
                                                        "22.96", "", "", "", "5.92", ""}),
             boost::test_tools::per_element());
}

// Page 8 ends the 财政拨款收支总表 printed narrower, under a list of expenditure items without
// amounts: the sums (本年支出合计 = its 一般公共预算 part) and the closeness of its last two
// amounts put them under 小计 and 一般公共预算.
BOOST_AUTO_TEST_CASE(grant_table_squeezed_end) {
  const auto* t = table_titled("财政拨款收支总表");
  BOOST_REQUIRE(t);
  const auto* row = row_labelled(*t, "本年收入合计");
  BOOST_REQUIRE(row);
  BOOST_TEST(printed(*row) == (std::vector<std::string>{"本年收入合计", "4603.53", "本年支出合计",
                                                        "4613.36", "4613.36", "", ""}),
             boost::test_tools::per_element());
}

// Page 11 starts with rows of the economic table (人员经费 empty on that page) and then, with no
// gap, the same table printed narrower: the first part takes page 10's columns; the second fills
// 合计 (equal to the amount right of it) and the one column every row above fills, 公用经费.
BOOST_AUTO_TEST_CASE(economic_table_continuation_in_place) {
  const auto* t = table_titled("经济科目表");
  BOOST_REQUIRE(t);
  BOOST_REQUIRE(t->columns.size() == 5u);
  int checked = 0;
  for (const auto& row : t->rows)
    if (!row.empty() && row[0].is_text() && (row[0].text == "办公费" || row[0].text == "培训费")) {
      BOOST_TEST(row[2].is_amount());
      BOOST_TEST(row[3].is_null());
      BOOST_TEST(row[4].is_amount());
      ++checked;
    }
  BOOST_TEST(checked == 4);
  const auto* row = row_labelled(*t, "培训费");
  BOOST_REQUIRE(row);
  BOOST_TEST(printed(*row) == (std::vector<std::string>{"培训费", "培训费", "40.00", "", "40.00"}),
             boost::test_tools::per_element());
}

// 政府性基金预算收入表 has no data: its header and bare 合计 still make a table, marked empty.
BOOST_AUTO_TEST_CASE(empty_fund_table_is_marked_empty) {
  const auto* t = table_titled("政府性基金预算收入表");
  BOOST_REQUIRE(t);
  BOOST_TEST(t->empty);
}

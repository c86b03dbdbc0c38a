// A name too long for its ruled cell, hidden under the cells to its right and glued by poppler to
// the amount printed there: the text rule with real strings, and the geometry on a small grid
// built like 表5 of a Xi'an 部门预算 (xa-b807ca62.pdf, page 22).
#define BOOST_TEST_MODULE glued_amount_test
#include "extract/glued_amount.h"

#include <boost/test/unit_test.hpp>
#include <optional>
#include <string>
#include <vector>

#include "extract/layout.h"
#include "tests/support_words.h"

namespace gx = gongkai::extract;
using gongkai::testing::word;
using Texts = std::vector<std::string>;

namespace {

// The amount glued to the end of `text`, or "" when none is taken.
std::string amount_in(const std::string& text) {
  const auto at = gx::glued_amount_offset(text);
  return at ? text.substr(*at) : "";
}

// Columns 功能科目名称 | 合计 | 人员经费支出 of 表5 (x as printed), one row per call.
gx::PageContent xian_page() {
  gx::PageContent page{22, 842, 595, {}, {}};
  const std::vector<double> xs{136.4, 226.4, 310.4, 400.4}, ys{187.5, 204.1, 220.6};
  for (double y : ys) page.segments.push_back({{xs.front(), y, xs.back(), y}});
  for (double x : xs) page.segments.push_back({{x, ys.front(), x, ys.back()}});
  page.words = {word("行政事业单位养老支出", 138.5, 192.9, 224.0),
                word("43608.96", 265.1, 192.9, 308.6), word("43608.96", 355.1, 192.9, 398.7),
                word("43608.96", 355.1, 209.5, 398.7)};
  return page;
}

std::vector<Texts> laid_out(const gx::PageContent& page) {
  int next_region = 0;
  std::vector<Texts> rows;
  for (const auto& line : gx::lay_out_page(page, next_region)) {
    rows.emplace_back();
    for (const auto& c : line.cells) rows.back().push_back(c.text);
  }
  return rows;
}

}  // namespace

BOOST_AUTO_TEST_CASE(an_amount_glued_to_a_name) {
  BOOST_TEST(amount_in("机关事业单位职业年金缴费支出43608.96") == "43608.96");
  BOOST_TEST(amount_in("障中心1839311.66") == "1839311.66");
  BOOST_TEST(amount_in("机关资本性支出（一）1,234") == "1,234");
  BOOST_TEST(amount_in("事业单位医疗0.00") == "0.00");
}

// Numbers that are part of a name, bare integers, and what is not well formed stay whole.
BOOST_AUTO_TEST_CASE(numbers_of_names_stay_whole) {
  for (const char* text :
       {"2026年", "十三五", "第2批", "G312国道", "[2011301]行政运行", "任务1", "表16",
        "2025-无锡市劳动人事争议仲裁院政务云资源运维项目-0001", "国道G312.5", "43608.96",
        "缴费支出43608.", "缴费支出043608.96", "缴费支出12,34.00", "缴费支出1234,567.00",
        "缴费支出-12.50", "低于0.9‰", "烟台市全域0.3米"})
    BOOST_TEST(amount_in(text) == "", text);
}

// The name runs on under 合计 and ends glued to its amount, which lines up with the amount above:
// the name stays whole in its cell, the amount goes to 合计.
BOOST_AUTO_TEST_CASE(a_hidden_name_tail_leaves_the_amount_cell) {
  auto page = xian_page();
  page.words.push_back(word("机关事业单位职业年金缴费支出43608.96", 138.5, 209.0, 308.6));
  const auto rows = laid_out(page);
  BOOST_REQUIRE(rows.size() == 2u);
  BOOST_TEST(rows[1] == (Texts{"机关事业单位职业年金缴费支出", "43608.96", "43608.96"}),
             boost::test_tools::per_element());
}

// When the amount does not line up with the column's amounts, or the cell holds another word,
// nothing is moved: the cell keeps its text and the checks report a doubt.
BOOST_AUTO_TEST_CASE(unsure_glued_words_are_only_cut_at_the_ruling) {
  auto page = xian_page();
  page.words.push_back(word("机关事业单位职业年金缴费支出43608.96", 138.5, 209.0, 290.0));
  auto rows = laid_out(page);
  BOOST_REQUIRE(rows.size() == 2u);
  BOOST_TEST(rows[1][1].find("43608") != std::string::npos);
  BOOST_TEST(rows[1][1] != "43608.96");

  page = xian_page();
  page.words.push_back(word("机关事业单位职业年金缴费支出43608.96", 138.5, 209.0, 308.6));
  page.words.push_back(word("1", 228.0, 209.5, 232.0));
  rows = laid_out(page);
  BOOST_REQUIRE(rows.size() == 2u);
  BOOST_TEST(rows[1][1] != "43608.96");
}

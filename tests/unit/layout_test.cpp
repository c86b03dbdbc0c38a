// The page geometry on small synthetic layouts: no PDF involved.
#define BOOST_TEST_MODULE layout_test
#include "extract/layout.h"

#include <boost/test/unit_test.hpp>
#include <string>
#include <vector>

#include "tests/support.h"
#include "tests/support_words.h"

namespace gx = gongkai::extract;
using gongkai::SourceLine;
using Texts = std::vector<std::string>;

namespace {

gx::Segment h(double y, double x0, double x1) {
  return {{x0, y, x1, y}};
}
gx::Segment v(double x, double y0, double y1) {
  return {{x, y0, x, y1}};
}

using gongkai::testing::word;

// Rulings of a full grid with the given boundaries.
std::vector<gx::Segment> ruled(const std::vector<double>& xs, const std::vector<double>& ys) {
  std::vector<gx::Segment> s;
  for (double y : ys) s.push_back(h(y, xs.front(), xs.back()));
  for (double x : xs) s.push_back(v(x, ys.front(), ys.back()));
  return s;
}

Texts texts(const SourceLine& line) {
  Texts t;
  for (const auto& c : line.cells) t.push_back(c.text);
  return t;
}

std::vector<SourceLine> lay_out(const gx::PageContent& page) {
  int next_region = 0;
  return gx::lay_out_page(page, next_region);
}

}  // namespace

BOOST_AUTO_TEST_CASE(two_by_three_ruled_grid) {
  gx::PageContent page{1, 600, 800, {}, ruled({100, 200, 300, 400}, {100, 120, 140})};
  page.words = {word("201", 105, 105, 125),      word("一般公共服务", 205, 105, 265),
                word("4664.00", 360, 105, 395),  word("208", 105, 125, 125),
                word("社会保障", 205, 125, 245), word("673.59", 365, 125, 395)};
  const auto grids = gx::find_grids(page.segments);
  BOOST_REQUIRE(grids.size() == 1u);
  BOOST_TEST(grids[0].rows() == 2);
  BOOST_TEST(grids[0].columns() == 3);
  const auto lines = lay_out(page);
  BOOST_REQUIRE(lines.size() == 2u);
  BOOST_TEST(texts(lines[0]) == (Texts{"201", "一般公共服务", "4664.00"}),
             boost::test_tools::per_element());
  BOOST_TEST(texts(lines[1]) == (Texts{"208", "社会保障", "673.59"}),
             boost::test_tools::per_element());
  BOOST_TEST(lines[0].region == 0);
  BOOST_TEST(lines[1].region == 0);
  BOOST_TEST(lines[1].cells[2].box.x0 == 300.0);
  BOOST_TEST(lines[1].page == 1);
}

// "本年收入" spans two columns (no ruling between them in the header row): its text goes to
// the span's first column, the other is an empty string.
BOOST_AUTO_TEST_CASE(merged_header_cell) {
  gx::PageContent page{1, 600, 800, {}, {}};
  page.segments = {h(100, 100, 400), h(120, 100, 400), h(140, 100, 400), v(100, 100, 140),
                   v(200, 100, 140), v(300, 120, 140), v(400, 100, 140)};
  page.words = {word("项目", 105, 105, 125), word("本年收入", 280, 105, 320),
                word("合计", 105, 125, 125), word("5.00", 270, 125, 295),
                word("6.00", 370, 125, 395)};
  const auto lines = lay_out(page);
  BOOST_REQUIRE(lines.size() == 2u);
  BOOST_TEST(texts(lines[0]) == (Texts{"项目", "本年收入", ""}), boost::test_tools::per_element());
  BOOST_TEST(texts(lines[1]) == (Texts{"合计", "5.00", "6.00"}), boost::test_tools::per_element());
  BOOST_TEST(lines[0].cells[1].box.x1 == 400.0);  // the span's box
}

BOOST_AUTO_TEST_CASE(wrapped_name_inside_a_cell) {
  gx::PageContent page{1, 600, 800, {}, ruled({100, 220, 300}, {100, 130, 150})};
  page.words = {word("山西省人民政府外事", 105, 102, 215), word("对外交流中心", 105, 116, 175),
                word("12.03", 260, 110, 295), word("专项业务费", 105, 135, 165),
                word("12.03", 260, 135, 295)};
  const auto lines = lay_out(page);
  BOOST_REQUIRE(lines.size() == 2u);
  BOOST_TEST(texts(lines[0]) == (Texts{"山西省人民政府外事 对外交流中心", "12.03"}),
             boost::test_tools::per_element());
  BOOST_TEST(texts(lines[1]) == (Texts{"专项业务费", "12.03"}), boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(empty_cell_stays_empty_and_empty_rows_go) {
  gx::PageContent page{1, 600, 800, {}, ruled({100, 200, 300, 400}, {100, 120, 140, 160})};
  page.words = {word("二、外交支出", 105, 105, 165), word("9.83", 375, 105, 395),
                word("三、国防支出", 105, 145, 165)};
  const auto lines = lay_out(page);
  BOOST_REQUIRE(lines.size() == 2u);
  BOOST_TEST(texts(lines[0]) == (Texts{"二、外交支出", "", "9.83"}),
             boost::test_tools::per_element());
  BOOST_TEST(texts(lines[1]) == (Texts{"三、国防支出", "", ""}), boost::test_tools::per_element());
}

// Right-aligned numbers end next to the ruling; when poppler saw no gap and made one word of
// two cells' numbers, the ruling cuts it.
BOOST_AUTO_TEST_CASE(number_never_slides_into_the_next_column) {
  gx::PageContent page{1, 600, 800, {}, ruled({100, 200, 300}, {100, 120, 140})};
  page.words = {word("4603.53", 160, 105, 199), word("1.00", 201, 105, 225),
                word("12.0345.00", 170, 125, 230)};
  const auto lines = lay_out(page);
  BOOST_REQUIRE(lines.size() == 2u);
  BOOST_TEST(texts(lines[0]) == (Texts{"4603.53", "1.00"}), boost::test_tools::per_element());
  BOOST_TEST(texts(lines[1]) == (Texts{"12.03", "45.00"}), boost::test_tools::per_element());
}

// A name too long for its cell runs over the ruling into the amount cell ("(3)对个人和家庭的补"
// + "助" beside "0.00"): it stays whole in its own cell, and the amount stays an amount.
BOOST_AUTO_TEST_CASE(overflowing_name_stays_in_its_cell) {
  gx::PageContent page{1, 600, 800, {}, ruled({100, 200, 300}, {100, 120, 140})};
  page.words = {word("(3)对个人和家庭的补助", 102, 105, 210), word("0.00", 270, 105, 298),
                word("机关资本性支出（一）", 102, 125, 208), word("0.00", 270, 125, 298)};
  const auto lines = lay_out(page);
  BOOST_REQUIRE(lines.size() == 2u);
  BOOST_TEST(texts(lines[0]) == (Texts{"(3)对个人和家庭的补助", "0.00"}),
             boost::test_tools::per_element());
  BOOST_TEST(texts(lines[1]) == (Texts{"机关资本性支出（一）", "0.00"}),
             boost::test_tools::per_element());
}

// Words of one line: concatenated when they touch, a space where there is a gap or one was
// printed; "4603. 53" stays as printed for the normaliser.
BOOST_AUTO_TEST_CASE(joining_words) {
  auto a = word("4603.", 100, 0, 125), b = word("53", 128, 0, 138), c = word("万元", 138, 0, 158);
  BOOST_TEST(gx::join_words({a, b, c}) == "4603. 53万元");
  a.space_after = true;
  BOOST_TEST(gx::join_words({a, word("53", 125, 0, 135)}) == "4603. 53");
}

BOOST_AUTO_TEST_CASE(text_lines_around_grids_in_reading_order) {
  gx::PageContent page{3, 600, 800, {}, ruled({100, 200, 300}, {100, 120, 140})};
  auto second = ruled({100, 250, 300}, {300, 320, 340});
  page.segments.insert(page.segments.end(), second.begin(), second.end());
  page.words = {word("部门名称：外事办", 100, 60, 180),
                word("单位：万元", 250, 60, 300),
                word("a", 105, 105, 110),
                word("b", 205, 105, 210),
                word("c", 105, 125, 110),
                word("说明", 100, 200, 120),
                word("x", 105, 305, 110),
                word("y", 255, 305, 260),
                word("3", 300, 700, 305)};
  int next_region = 4;
  const auto lines = gx::lay_out_page(page, next_region);
  BOOST_REQUIRE(lines.size() == 6u);
  BOOST_TEST(lines[0].region == -1);
  BOOST_TEST(texts(lines[0]) == (Texts{"部门名称：外事办 单位：万元"}),
             boost::test_tools::per_element());
  BOOST_TEST(lines[1].region == 4);
  BOOST_TEST(lines[2].region == 4);
  BOOST_TEST(texts(lines[2]) == (Texts{"c", ""}), boost::test_tools::per_element());
  BOOST_TEST(lines[3].region == -1);
  BOOST_TEST(lines[4].region == 5);
  BOOST_TEST(texts(lines[5]) == (Texts{"3"}), boost::test_tools::per_element());
  BOOST_TEST(next_region == 6);
  BOOST_TEST(lines[5].page == 3);
}

// Borders drawn cell by cell (WPS) are one ruling; a lone frame is not a table.
BOOST_AUTO_TEST_CASE(pieces_merge_and_frames_are_not_tables) {
  std::vector<gx::Segment> pieces;
  for (double x : {100.0, 150.0, 200.0}) {
    pieces.push_back(h(100, x, x + 50));
    pieces.push_back(h(120.6, x, x + 50));
  }
  for (double x : {100.0, 150.0, 200.0, 250.0}) pieces.push_back(v(x, 100, 120.6));
  const auto grids = gx::find_grids(pieces);
  BOOST_REQUIRE(grids.size() == 1u);
  BOOST_TEST(grids[0].columns() == 3);
  BOOST_TEST(grids[0].rows() == 1);
  BOOST_TEST(gx::find_grids(ruled({50, 550}, {50, 750})).empty());
}

// Two tables drawn one under the other share a ruling but not their column rulings.
BOOST_AUTO_TEST_CASE(stacked_tables_split) {
  auto segments = ruled({100, 200, 300, 400}, {100, 120, 140});
  auto lower = ruled({100, 150, 400}, {140, 160, 180});
  segments.insert(segments.end(), lower.begin(), lower.end());
  const auto grids = gx::find_grids(segments);
  BOOST_REQUIRE(grids.size() == 2u);
  BOOST_TEST(grids[0].columns() == 3);
  BOOST_TEST(grids[1].columns() == 2);
}

namespace {

// A bar chart pasted from a spreadsheet, as a Xi'an budget prints one (xa-9645ce95, page 12): the
// value axis right-aligned left of the gridlines, one line per tick, and its axis line; a bar
// drawn with its edges; a bar's label inside the plot; the category names under it; a title above.
gx::PageContent bar_chart(const std::vector<std::string>& ticks) {
  gx::PageContent page{1, 842, 595, {}, {}};
  page.words.push_back(word("部门预算支出经济分类明细", 276, 176, 493));
  for (std::size_t k = 0; k < ticks.size(); ++k) {
    const double y = 223.3 + 24.9 * static_cast<double>(k);
    page.segments.push_back(h(y, 85.1, 721.6));
    const double width = 5.0 * static_cast<double>(ticks[k].size());
    page.words.push_back(word(ticks[k], 78.9 - width, y - 5, 78.9));
  }
  const double bottom = 223.3 + 24.9 * static_cast<double>(ticks.size() - 1);
  page.segments.push_back(v(85.1, 223.3, bottom));  // the axis line
  for (double x : {594.8, 632.9}) page.segments.push_back(v(x, 223.3 + 24.9, bottom));
  page.words.push_back(word("96480", 600, 223.3 + 12, 626));
  page.words.push_back(word("工资福利支出", 121.6, bottom + 11, 181.6));
  page.words.push_back(word("对企业补助", 588.2, bottom + 11, 638.2));
  return page;
}

std::string page_text(const std::vector<SourceLine>& lines) {
  std::string text;
  for (const auto& l : lines)
    for (const auto& c : l.cells) text += c.text + "|";
  return text;
}

}  // namespace

// The axis 120000 … 0 steps down evenly beside the gridlines: a chart, not a table. Its ticks,
// the bar's label and the category names leave the page; the title stays as text.
BOOST_AUTO_TEST_CASE(chart_is_not_a_table) {
  const auto page = bar_chart({"120000", "100000", "80000", "60000", "40000", "20000", "0"});
  gx::LayoutState state;
  const auto lines = gx::lay_out_page(page, state);
  BOOST_TEST(state.charts == (Texts{"0 to 120000"}), boost::test_tools::per_element());
  for (const auto& l : lines) BOOST_TEST(l.region == -1);
  const std::string text = page_text(lines);
  BOOST_TEST(text == "部门预算支出经济分类明细|");
}

// Numbers beside the same rulings that do not step evenly (a table's amounts, a column of
// 序号 counting up) are no axis: nothing is taken off the page.
BOOST_AUTO_TEST_CASE(uneven_numbers_are_no_axis) {
  for (const Texts& numbers : {Texts{"120000", "90000", "85000", "20000", "15000", "100", "0"},
                               Texts{"1", "2", "3", "4", "5", "6", "7"}}) {
    gx::LayoutState state;
    const auto lines = gx::lay_out_page(bar_chart(numbers), state);
    BOOST_TEST(state.charts.empty());
    BOOST_TEST(page_text(lines).find(numbers[1]) != std::string::npos);
    BOOST_TEST(page_text(lines).find("96480") != std::string::npos);
  }
}

// Tables printed without ruling lines, on small synthetic word layouts (no PDF involved).
#define BOOST_TEST_MODULE unruled_test
#include <boost/test/unit_test.hpp>
#include <string>
#include <vector>

#include "extract/layout.h"
#include "tests/support.h"
#include "tests/support_words.h"

namespace gx = gongkai::extract;
using gongkai::SourceLine;
using Texts = std::vector<std::string>;

namespace {

using gongkai::testing::word;

Texts texts(const SourceLine& line) {
  Texts t;
  for (const auto& c : line.cells) t.push_back(c.text);
  return t;
}

std::vector<SourceLine> lay_out(std::vector<gx::Word> words) {
  gx::PageContent page{1, 600, 800, std::move(words), {}};
  int next_region = 0;
  return gx::lay_out_page(page, next_region);
}

// Three rows of a code, a name and two right-aligned amounts, 30 pt apart.
std::vector<gx::Word> body(double top) {
  return {word("201", 60, top, 75),           word("一般公共服务支出", 100, top, 180),
          word("4664.00", 240, top, 275),     word("3892.31", 300, top, 335),
          word("208", 60, top + 30, 75),      word("社会保障和就业支出", 100, top + 30, 190),
          word("673.59", 245, top + 30, 275), word("593.98", 305, top + 30, 335),
          word("210", 60, top + 60, 75),      word("卫生健康支出", 100, top + 60, 160),
          word("151.52", 245, top + 60, 275), word("117.23", 305, top + 60, 335)};
}

}  // namespace

BOOST_AUTO_TEST_CASE(numeric_block_becomes_one_region) {
  auto words = body(100);
  words.push_back(word("单位：万元", 60, 70, 110));
  const auto lines = lay_out(words);
  BOOST_REQUIRE(lines.size() == 4u);
  BOOST_TEST(lines[0].region == -1);
  BOOST_TEST(texts(lines[0]) == (Texts{"单位：万元"}), boost::test_tools::per_element());
  for (std::size_t i = 1; i < 4; ++i) {
    BOOST_TEST(lines[i].region == 0);
    BOOST_TEST(lines[i].cells.size() == 4u);
  }
  BOOST_TEST(texts(lines[1]) == (Texts{"201", "一般公共服务支出", "4664.00", "3892.31"}),
             boost::test_tools::per_element());
  BOOST_TEST(texts(lines[3]) == (Texts{"210", "卫生健康支出", "151.52", "117.23"}),
             boost::test_tools::per_element());
}

// "本年收入" spans both amount columns: its text goes to the first of them. "上年结转" stands
// over a column with no amount on the page: it makes an empty column of its own.
BOOST_AUTO_TEST_CASE(spanning_header_and_header_only_column) {
  auto words = body(100);
  for (auto w : {word("科目编码", 60, 70, 92), word("科目名称", 100, 70, 140),
                 word("本年收入", 250, 70, 330), word("上年结转", 380, 70, 420)})
    words.push_back(w);
  const auto lines = lay_out(words);
  BOOST_REQUIRE(lines.size() == 4u);
  BOOST_TEST(lines[0].region == 0);
  BOOST_TEST(texts(lines[0]) == (Texts{"科目编码", "科目名称", "本年收入", "", "上年结转"}),
             boost::test_tools::per_element());
  BOOST_TEST(texts(lines[1]) == (Texts{"201", "一般公共服务支出", "4664.00", "3892.31", ""}),
             boost::test_tools::per_element());
}

// "4603. 53" arrives as two words 0.6 em apart: one cell, never two columns.
BOOST_AUTO_TEST_CASE(broken_number_stays_one_cell) {
  auto words = body(100);
  for (auto w : {word("合计", 60, 70, 80), word("4603.", 240, 70, 262), word("53", 268, 70, 278),
                 word("2725.", 300, 70, 322), word("31", 328, 70, 338)})
    words.push_back(w);
  const auto lines = lay_out(words);
  BOOST_REQUIRE(lines.size() == 4u);
  BOOST_TEST(lines[0].region == 0);
  BOOST_TEST(texts(lines[0]) == (Texts{"合计", "", "4603. 53", "2725. 31"}),
             boost::test_tools::per_element());
}

// A paragraph, even one whose lines hold figures set apart by justification, stays text.
BOOST_AUTO_TEST_CASE(narrative_paragraph_is_not_a_table) {
  std::vector<gx::Word> words = {
      word("本部门2024年收入预算", 60, 100, 200),     word("5489.12", 212, 100, 247),
      word("万元其中一般公共预算", 259, 100, 400),    word("安排的基本支出主要用于", 60, 115, 400),
      word("保障机构正常运转项目支出", 60, 130, 200), word("1878.22", 212, 130, 247),
      word("万元主要用于外事活动", 259, 130, 400),    word("二、机构设置情况", 60, 160, 160)};
  const auto lines = lay_out(words);
  BOOST_REQUIRE(lines.size() == 4u);
  for (const auto& l : lines) {
    BOOST_TEST(l.region == -1);
    BOOST_TEST(l.cells.size() == 1u);
  }
}

// A name wrapped over two lines, its code and amounts centred between them: one row.
BOOST_AUTO_TEST_CASE(wrapped_name_joins_its_row) {
  auto words = body(100);
  for (auto w :
       {word("其他政府办公厅（室）及相关机构", 100, 185, 235), word("2010399", 60, 191.5, 93),
        word("86.45", 250, 191.5, 275), word("86.45", 310, 191.5, 335),
        word("事务支出", 100, 198, 136), word("20199", 60, 220, 85),
        word("其他一般公共服务支出", 100, 220, 190), word("323.50", 245, 220, 275)})
    words.push_back(w);
  const auto lines = lay_out(words);
  BOOST_REQUIRE(lines.size() == 5u);
  BOOST_TEST(lines[3].region == 0);
  BOOST_TEST(texts(lines[3]) ==
                 (Texts{"2010399", "其他政府办公厅（室）及相关机构 事务支出", "86.45", "86.45"}),
             boost::test_tools::per_element());
  BOOST_TEST(texts(lines[4]) == (Texts{"20199", "其他一般公共服务支出", "323.50", ""}),
             boost::test_tools::per_element());
}

// Rows printed as close as the lines of one cell (12 pt apart, 2 pt of white between them), the
// name top-aligned and wrapped under its first line: the tail belongs to the row above, never
// to the row under it, whatever the spacing.
BOOST_AUTO_TEST_CASE(wrapped_name_in_tight_rows_stays_with_its_row) {
  std::vector<gx::Word> words;
  const char* names[] = {"一般公共服务支出", "政府办公厅（室）及相关机", "行政运行"};
  const char* codes[] = {"201", "20103", "2010301"};
  const char* totals[] = {"4664.00", "4340.50", "1586.72"};
  double y = 100;
  for (int r = 0; r < 3; ++r, y += 12) {
    words.push_back(word(codes[r], 60, y, 90));
    words.push_back(word(names[r], 100, y, 200));
    words.push_back(word(totals[r], 240, y, 270));
    words.push_back(word(totals[r], 300, y, 330));
    if (r == 1) words.push_back(word("构事务", 100, y += 12, 130));
  }
  const auto lines = lay_out(words);
  BOOST_REQUIRE(lines.size() == 3u);
  BOOST_TEST(
      texts(lines[1]) == (Texts{"20103", "政府办公厅（室）及相关机 构事务", "4340.50", "4340.50"}),
      boost::test_tools::per_element());
  BOOST_TEST(texts(lines[2]) == (Texts{"2010301", "行政运行", "1586.72", "1586.72"}),
             boost::test_tools::per_element());
}

// Contents lines (dot leaders, page numbers) line up in columns but are not a table.
BOOST_AUTO_TEST_CASE(contents_lines_are_not_a_table) {
  std::vector<gx::Word> words = {
      word("第一部分 概况.....", 60, 100, 200),    word("1", 400, 100, 405),
      word("一、本部门职责.....", 60, 120, 200),   word("1", 400, 120, 405),
      word("二、机构设置情况.....", 60, 140, 200), word("2", 400, 140, 405)};
  const auto lines = lay_out(words);
  BOOST_REQUIRE(lines.size() == 3u);
  for (const auto& l : lines) BOOST_TEST(l.region == -1);
}

namespace {

std::vector<SourceLine> lay_out_pages(std::vector<std::vector<gx::Word>> pages) {
  gx::LayoutState state;
  std::vector<SourceLine> lines;
  for (std::size_t i = 0; i < pages.size(); ++i) {
    gx::PageContent page{static_cast<int>(i) + 1, 600, 800, std::move(pages[i]), {}};
    for (auto& l : gx::lay_out_page(page, state)) lines.push_back(std::move(l));
  }
  return lines;
}

// A header over three columns of amounts, the middle one empty on this page, and two rows.
std::vector<gx::Word> headed_page() {
  return {word("科目名称", 60, 70, 100),  word("合计", 240, 70, 260),
          word("基本支出", 300, 70, 330), word("项目支出", 360, 70, 390),
          word("行政运行", 60, 100, 100), word("1586.72", 240, 100, 275),
          word("323.50", 360, 100, 390),  word("事业运行", 60, 130, 100),
          word("875.57", 240, 130, 270),  word("875.57", 360, 130, 390),
          word("其他支出", 60, 160, 100), word("86.45", 240, 160, 265),
          word("86.45", 360, 160, 385)};
}

}  // namespace

// A second table printed right under the first, narrower, with no header of its own: its amounts
// stand across the columns above without lining up with them, and it fills fewer columns. Which
// column each amount belongs to cannot be told, so its rows stay text.
BOOST_AUTO_TEST_CASE(narrower_table_right_under_stays_text) {
  auto words = body(100);
  for (auto w : {word("其他支出", 60, 190, 100), word("323.50", 230, 190, 262),
                 word("323.50", 280, 190, 300), word("行政事业单位医疗", 60, 220, 140),
                 word("139.29", 230, 220, 262), word("108.52", 280, 220, 300)})
    words.push_back(w);
  const auto lines = lay_out(words);
  BOOST_REQUIRE(lines.size() == 5u);
  for (std::size_t i = 0; i < 3; ++i) BOOST_TEST(lines[i].region == 0);
  for (std::size_t i = 3; i < 5; ++i) BOOST_TEST(lines[i].region == -1);
}

// The same, but filling every column: a spreadsheet squeezing its last rows. Column for column
// it continues the table above, each column holding what the one above held.
BOOST_AUTO_TEST_CASE(narrower_rows_filling_every_column_continue) {
  auto words = body(100);
  for (auto w : {word("20199", 60, 190, 85), word("其他支出", 100, 190, 140),
                 word("323.50", 230, 190, 262), word("323.50", 280, 190, 300),
                 word("21011", 60, 220, 85), word("行政事业单位医疗", 100, 220, 180),
                 word("139.29", 230, 220, 262), word("108.52", 280, 220, 300)})
    words.push_back(w);
  const auto lines = lay_out(words);
  BOOST_REQUIRE(lines.size() == 5u);
  BOOST_TEST(lines[3].region == 1);
  BOOST_TEST(lines[4].region == 1);
  BOOST_TEST(texts(lines[3]) == (Texts{"20199", "其他支出", "323.50", "323.50"}),
             boost::test_tools::per_element());
}

// A page that continues a table without repeating its header takes the table's columns when its
// amounts line up with them: the column left empty on this page stays in place.
BOOST_AUTO_TEST_CASE(headless_page_takes_the_columns_it_continues) {
  std::vector<gx::Word> next = {word("行政单位医疗", 60, 40, 110), word("61.78", 240, 40, 265),
                                word("61.78", 360, 40, 385)};
  const auto lines = lay_out_pages({headed_page(), next});
  BOOST_REQUIRE(lines.size() == 5u);
  BOOST_TEST(lines[4].page == 2);
  BOOST_TEST(lines[4].region == 1);
  BOOST_TEST(texts(lines[4]) == (Texts{"行政单位医疗", "61.78", "", "61.78"}),
             boost::test_tools::per_element());
}

// The same rows shifted so that their amounts line up with nothing above: two amounts for three
// columns is a guess, so they stay text. Read alone, the page is a table of its own.
BOOST_AUTO_TEST_CASE(headless_page_not_lining_up_stays_text) {
  std::vector<gx::Word> next = {word("行政单位医疗", 60, 40, 110),  word("61.78", 250, 40, 272),
                                word("61.78", 320, 40, 342),        word("公务员医疗", 60, 70, 105),
                                word("28.88", 250, 70, 272),        word("28.88", 320, 70, 342),
                                word("事业单位医疗", 60, 100, 110), word("48.64", 250, 100, 272),
                                word("48.64", 320, 100, 342)};
  const auto lines = lay_out_pages({headed_page(), next});
  BOOST_REQUIRE(lines.size() == 7u);
  for (std::size_t i = 4; i < 7; ++i) BOOST_TEST(lines[i].region == -1);
  const auto alone = lay_out(next);
  BOOST_REQUIRE(alone.size() == 3u);
  BOOST_TEST(alone[0].region == 0);
}

// A table without data ("本表无数据"): a header over a bare 合计 is still a region, its 合计 row
// with empty cells, so that parse can mark the table empty.
BOOST_AUTO_TEST_CASE(header_over_bare_total_is_an_empty_table) {
  std::vector<gx::Word> words = {
      word("项目", 60, 100, 80),          word("政府性基金收入预算", 170, 100, 240),
      word("收入科目编码", 60, 130, 114), word("科目名称", 120, 130, 156),
      word("合计", 60, 160, 80),          word("注：本表无数据", 60, 190, 130)};
  const auto lines = lay_out(words);
  BOOST_REQUIRE(lines.size() == 4u);
  BOOST_TEST(lines[2].region == 0);
  BOOST_TEST(texts(lines[2]) == (Texts{"合计", "", ""}), boost::test_tools::per_element());
  BOOST_TEST(lines[3].region == -1);
}

// "单位名称" among a header's column names names a column; it is no "单位名称：某局" caption.
BOOST_AUTO_TEST_CASE(owner_column_name_in_header_is_not_a_caption) {
  std::vector<gx::Word> words = {word("序号", 60, 100, 80),
                                 word("单位名称", 120, 100, 160),
                                 word("拟变动情况", 300, 100, 350),
                                 word("1", 65, 130, 70),
                                 word("西安市财政局本级", 120, 130, 200),
                                 word("2", 65, 160, 70),
                                 word("西安市财政投资评审中心", 120, 160, 230)};
  const auto lines = lay_out(words);
  BOOST_REQUIRE(lines.size() == 3u);
  BOOST_TEST(lines[0].region == 0);
  BOOST_TEST(texts(lines[0]) == (Texts{"序号", "单位名称", "拟变动情况"}),
             boost::test_tools::per_element());
}

// A title between two tables ends the first: the second, with its own header, is a region of
// its own even without a gap.
BOOST_AUTO_TEST_CASE(title_line_separates_tables) {
  auto words = body(100);
  words.push_back(word("2024年项目支出预算表（上年结转）", 60, 190, 200));
  for (auto w : body(220)) words.push_back(w);
  const auto lines = lay_out(words);
  BOOST_REQUIRE(lines.size() == 7u);
  BOOST_TEST(lines[2].region == 0);
  BOOST_TEST(lines[3].region == -1);
  BOOST_TEST(lines[4].region == 1);
}

namespace {

// A header and three rows of a code, a name and three amount columns (合计, 基本支出, 项目支出),
// left-aligned at 240, 300 and 360; `fills` says which of the two parts each row fills (its 合计
// equals it).
std::vector<gx::Word> wide_table(const std::vector<int>& fills) {
  const std::vector<std::string> names = {"行政运行", "一般行政管理事务", "事业运行"};
  const std::vector<std::string> values = {"1586.72", "1801.60", "875.57"};
  std::vector<gx::Word> words = {word("科目编码", 60, 70, 95), word("科目名称", 100, 70, 140),
                                 word("合计", 240, 70, 260), word("基本支出", 300, 70, 340),
                                 word("项目支出", 360, 70, 400)};
  for (std::size_t i = 0; i < fills.size(); ++i) {
    const double top = 100 + 30 * double(i);
    words.push_back(word("20103" + std::to_string(i), 60, top, 95));
    words.push_back(word(names[i], 100, top, 100 + 10 * double(names[i].size() / 3)));
    words.push_back(word(values[i], 240, top, 275));
    words.push_back(word(values[i], fills[i] == 1 ? 300 : 360, top, fills[i] == 1 ? 335 : 395));
  }
  return words;
}

// A row printed narrower under the table: its code and name where they were, its two amounts
// at `a` and `b` (22 pt wide), lining up with nothing above.
std::vector<gx::Word> squeezed_row(double top, double a, double b) {
  return {word("2010399", 60, top, 95), word("其他事务", 100, top, 140),
          word("86.45", a, top, a + 22), word("86.45", b, top, b + 22)};
}

}  // namespace

// Two amounts for three columns, the first the sum of the second (so 合计), the second far from
// it and the rows above filling now one part, now the other: its column is a guess, so the row
// stays text.
BOOST_AUTO_TEST_CASE(squeezed_row_without_evidence_stays_text) {
  auto words = wide_table({1, 2, 1});
  for (auto w : squeezed_row(190, 150, 250)) words.push_back(w);
  const auto lines = lay_out(words);
  BOOST_REQUIRE(lines.size() == 5u);
  BOOST_TEST(lines[3].region == 0);
  BOOST_TEST(lines[4].region == -1);
}

// The same row over a rule of dashes printed as text: one run of dashes per column of the
// narrower layout, so the second amount, under the fifth run, is 项目支出.
BOOST_AUTO_TEST_CASE(dash_rule_gives_the_squeezed_columns) {
  auto words = wide_table({1, 2, 1});
  for (auto w : squeezed_row(190, 150, 250)) words.push_back(w);
  for (auto w :
       {word("-------", 60, 220, 95), word("--------", 100, 220, 140), word("----", 150, 220, 172),
        word("----", 180, 220, 200), word("----", 250, 220, 272)})
    words.push_back(w);
  const auto lines = lay_out(words);
  BOOST_REQUIRE(lines.size() == 6u);
  BOOST_TEST(lines[4].region == 1);
  BOOST_TEST(texts(lines[4]) == (Texts{"2010399", "其他事务", "86.45", "", "86.45"}),
             boost::test_tools::per_element());
  BOOST_TEST(lines[5].region == -1);
}

// The second amount right against the first (as close as the closest cells of the row): no
// column lies between them, so after 合计 it is 基本支出.
BOOST_AUTO_TEST_CASE(adjacent_amounts_take_adjacent_columns) {
  auto words = wide_table({1, 2, 1});
  for (auto w : squeezed_row(190, 230, 257)) words.push_back(w);
  const auto lines = lay_out(words);
  BOOST_REQUIRE(lines.size() == 5u);
  BOOST_TEST(lines[4].region == 1);
  BOOST_TEST(texts(lines[4]) == (Texts{"2010399", "其他事务", "86.45", "86.45", ""}),
             boost::test_tools::per_element());
}

// Every row above fills 合计 and 项目支出, and the narrower rows fill two columns, the first the
// 合计: they go on as the rows above.
BOOST_AUTO_TEST_CASE(squeezed_rows_go_on_like_the_rows_above) {
  auto words = wide_table({2, 2, 2});
  for (auto w : squeezed_row(190, 150, 250)) words.push_back(w);
  for (auto w : squeezed_row(220, 150, 250)) words.push_back(w);
  const auto lines = lay_out(words);
  BOOST_REQUIRE(lines.size() == 6u);
  BOOST_TEST(texts(lines[1]) == (Texts{"201030", "行政运行", "1586.72", "", "1586.72"}),
             boost::test_tools::per_element());
  for (std::size_t i = 4; i < 6; ++i) {
    BOOST_TEST(lines[i].region == 1);
    BOOST_TEST(texts(lines[i]) == (Texts{"2010399", "其他事务", "86.45", "", "86.45"}),
               boost::test_tools::per_element());
  }
}

// A table followed by item names without amounts in its name column (rows of the table, as the
// expenditure items of a 收支总表) still ends its page: the next page continues it.
BOOST_AUTO_TEST_CASE(label_rows_under_a_table_still_end_the_page) {
  auto first = headed_page();
  for (int i = 0; i < 4; ++i) first.push_back(word("其他支出", 60, 190 + 30 * i, 100));
  std::vector<gx::Word> next = {word("行政单位医疗", 60, 40, 110), word("61.78", 240, 40, 265),
                                word("61.78", 360, 40, 385)};
  const auto lines = lay_out_pages({first, next});
  BOOST_REQUIRE(lines.size() == 9u);
  BOOST_TEST(lines[8].region == 1);
  BOOST_TEST(texts(lines[8]) == (Texts{"行政单位医疗", "61.78", "", "61.78"}),
             boost::test_tools::per_element());
}

// Amounts right-aligned in wide cells, each header word centred over its cell: "预算" stands in
// the white space left of its amounts and "出", the end of a header wrapped in its cell, under
// the header it ends. Neither is a column of its own (no phantom empty column).
BOOST_AUTO_TEST_CASE(header_words_beside_right_aligned_amounts_name_them) {
  std::vector<gx::Word> words = {word("项目", 127, 60, 147),
                                 word("预算", 316, 60, 336),
                                 word("对附属单位补助支", 430, 52, 510),
                                 word("出", 465, 64, 475),
                                 word("一、预算拨款", 48, 80, 108),
                                 word("174,177.85", 370, 80, 420),
                                 word("0.00", 490, 80, 510),
                                 word("二、财政专户拨款", 48, 96, 128),
                                 word("0.00", 400, 96, 420),
                                 word("0.00", 490, 96, 510),
                                 word("三、事业收入", 48, 112, 108),
                                 word("12.50", 395, 112, 420),
                                 word("3.00", 490, 112, 510)};
  const auto lines = lay_out(words);
  BOOST_REQUIRE(lines.size() == 4u);
  BOOST_TEST(texts(lines[0]) == (Texts{"项目", "预算", "对附属单位补助支 出"}),
             boost::test_tools::per_element());
  BOOST_TEST(texts(lines[1]) == (Texts{"一、预算拨款", "174,177.85", "0.00"}),
             boost::test_tools::per_element());
}

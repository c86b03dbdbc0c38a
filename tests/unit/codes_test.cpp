// 科目编码 (issue 7, item 3): codes printed in the label cell become the row's code; two
// classifications side by side are two codes, never one.
#define BOOST_TEST_MODULE codes_test
#include <boost/test/unit_test.hpp>
#include <optional>
#include <string>
#include <vector>

#include "check/table_view.h"
#include "core/row_codes.h"
#include "emit/row_key.h"
#include "tests/support_built.h"

using namespace gongkai;

namespace {

constexpr ColumnRole L = ColumnRole::Label, C = ColumnRole::Code, A = ColumnRole::Amount;

Table make(std::vector<ColumnRole> roles, std::vector<std::vector<std::string>> rows) {
  return gongkai::testing::table_by_roles(std::move(roles), rows);
}

std::string code_of(const Table& t, std::size_t row) {
  return emit::row_code(t, row).value_or("(none)");
}

}  // namespace

BOOST_AUTO_TEST_CASE(code_in_brackets_in_the_label) {
  auto t = make({L, A}, {{"合计", "9.00"},
                         {"[201]一般公共服务支出", "9.00"},
                         {"[20113]商贸事务", "9.00"},
                         {"[2011301]行政运行", "9.00"}});
  BOOST_TEST(code_of(t, 0) == "(none)");
  BOOST_TEST(code_of(t, 1) == "201");
  BOOST_TEST(code_of(t, 2) == "20113");
  BOOST_TEST(code_of(t, 3) == "2011301");
  // The label keeps what was printed.
  BOOST_TEST(emit::row_label(t, 3) == "[2011301]行政运行");
}

BOOST_AUTO_TEST_CASE(code_and_name_in_one_cell) {
  auto t = make({L, A}, {{"2010601-行政运行", "1.00"},
                         {"2011301 行政运行", "2.00"},
                         {"2010699 - 其他财政事务支出", "3.00"}});
  BOOST_TEST(code_of(t, 0) == "2010601");
  BOOST_TEST(code_of(t, 1) == "2011301");
  BOOST_TEST(code_of(t, 2) == "2010699");
}

// A unit's number ("231_烟台市审计局"), a year ("2025年"), or one name that happens to start
// with digits among plain names is not a code.
BOOST_AUTO_TEST_CASE(numbers_in_names_are_not_codes) {
  auto units = make({L, A}, {{"231_烟台市审计局", "1.00"}, {"320_山东省审计厅", "2.00"}});
  BOOST_TEST(code_of(units, 0) == "(none)");
  auto years = make({L, A}, {{"2025年", "1.00"}, {"2026年", "2.00"}});
  BOOST_TEST(code_of(years, 1) == "(none)");
  auto lone = make({L, A}, {{"12345 政务热线运行", "1.00"},
                            {"办公设备", "2.00"},
                            {"印刷服务", "3.00"},
                            {"[292]国家信访局", "4.00"}});
  BOOST_TEST(code_of(lone, 3) == "(none)");
}

// Code cells win over codes in the labels.
BOOST_AUTO_TEST_CASE(code_cells_come_first) {
  auto t = make({C, L, A},
                {{"2010601", "[2019999]行政运行", "1.00"}, {"2010602", "[2019998]x", "1.00"}});
  BOOST_TEST(code_of(t, 0) == "2010601");
}

// 部门经济分类 类/款 | name | 政府经济分类 类/款 | name | amounts: two codes per row; the row is
// keyed by the first and nothing ever reads 3010150101.
BOOST_AUTO_TEST_CASE(two_classifications_side_by_side) {
  auto t = make({C, C, L, C, C, L, A},
                {{"", "", "合计", "", "", "", "9.00"},
                 {"301", "", "工资福利支出", "501", "", "机关工资福利支出", "9.00"},
                 {"301", "01", "基本工资", "501", "01", "工资奖金津补贴", "5.00"},
                 {"303", "09", "奖励金", "509", "99", "其他对个人和家庭补助", "4.00"}});
  BOOST_TEST(code_of(t, 1) == "301");
  BOOST_TEST(code_of(t, 2) == "30101");
  BOOST_TEST(code_of(t, 3) == "30309");
  auto codes = check::detail::row_codes(t);
  BOOST_TEST(codes == (std::vector<std::string>{"", "301", "30101", "30309"}),
             boost::test_tools::per_element());
}

// Halves printed side by side (code | name | amount | code | name | amount) keep both halves'
// codes where each half is read.
BOOST_AUTO_TEST_CASE(halves_side_by_side_keep_their_codes) {
  auto t = make({C, C, L, A, C, C, L, A},
                {{"301", "", "工资福利支出", "9.00", "302", "", "商品和服务支出", "3.00"},
                 {"301", "01", "基本工资", "9.00", "302", "01", "办公费", "3.00"}});
  BOOST_TEST(emit::row_code(t, 1, 7).value_or("") == "30201");
  BOOST_TEST(emit::row_code(t, 1, 3).value_or("") == "30101");
}

// The checks read each half apart (code_halves): no code joins the halves, a row printed in the
// right half only is keyed by its own code, never by the left half's carried down.
BOOST_AUTO_TEST_CASE(halves_are_read_apart) {
  auto t = make({C, L, A, C, L, A},
                {{"303", "对个人和家庭的补助", "1.00", "302", "商品和服务支出", "2.00"},
                 {"30399", "其他对个人和家庭的补助", "1.00", "30201", "办公费", "2.00"},
                 {"", "", "", "307", "债务利息及费用支出", "0.00"}});
  auto halves = code_halves(t);
  BOOST_REQUIRE(halves.size() == 2u);
  BOOST_TEST(halves[0].begin == 0u);
  BOOST_TEST(halves[0].end == 3u);
  BOOST_TEST(halves[1].end == 6u);
  auto codes = check::detail::row_codes(t);
  BOOST_TEST(codes == (std::vector<std::string>{"303", "30399", "307"}),
             boost::test_tools::per_element());
  // A 备注 or 增减% column after a half is no half of its own.
  auto remark = make({C, L, A, L}, {{"201", "一般公共服务支出", "1.00", "备注"}});
  BOOST_TEST(code_halves(remark).size() == 1u);
}

// A procurement list: 功能分类 类 | 款 | 项, the item, an empty 规格型号 read as an amount column,
// then 经济分类 类 | 款 twice. The empty column makes no halves: the row's code is its 功能分类
// code, never the seven code columns joined.
BOOST_AUTO_TEST_CASE(an_empty_amount_column_splits_no_table) {
  auto t = make({C, C, C, L, A, C, C, C, C, A},
                {{"220", "05", "09", "防雷及气象执法经费", "", "302", "27", "502", "05", "26.50"}});
  BOOST_TEST(read_row_codes(t, whole_table(t))[0].code == "2200509");
  BOOST_TEST(code_halves(t).size() == 1u);
  BOOST_TEST(check::detail::row_codes(t)[0] == "2200509");
}

// The checks and the tidy CSV read codes with one reader (core/row_codes.h). Xi'an prints the
// function code whole under the second of two code columns, the first left empty; a code column
// may hold a name where the roles misread a column. Both readers key the rows alike.
BOOST_AUTO_TEST_CASE(checks_and_tidy_read_the_same_codes) {
  auto t = make({C, C, L, A}, {{"204", "", "公共安全支出", "9.00"},
                               {"", "20406", "司法", "9.00"},
                               {"", "2040601", "行政运行", "9.00"}});
  auto named = make({C, C, A}, {{"204", "公共安全支出", "9.00"}, {"20404", "检察", "9.00"}});
  for (const Table* table : {&t, &named}) {
    auto codes = check::detail::row_codes(*table);
    for (std::size_t r = 0; r < table->rows.size(); ++r)
      BOOST_TEST(code_of(*table, r) == codes[r], "row " << r);
  }
  BOOST_TEST(code_of(t, 2) == "2040601");
  BOOST_TEST(code_of(named, 1) == "20404");
}

// Split 类 | 款 columns where a spreadsheet printed the 款 as a number: "301 | 2" is 30102 (a 款
// has two digits; one digit can only have lost its 0). A 类 printed "7" has no such reading: the
// row gets no code, and the parent it may belong to is listed as not checked, never summed without
// it.
BOOST_AUTO_TEST_CASE(a_kuan_without_its_zero_and_a_lei_of_one_digit) {
  auto t = make({C, C, C, L, A}, {{"301", "", "", "工资福利支出", "30.00"},
                                  {"301", "01", "", "基本工资", "10.00"},
                                  {"301", "2", "", "津贴补贴", "20.00"}});
  BOOST_TEST(code_of(t, 2) == "30102");
  auto bad = make({C, C, C, L, A}, {{"210", "", "", "卫生健康支出", "5.00"},
                                    {"210", "11", "", "行政事业单位医疗", "5.00"},
                                    {"7", "11", "02", "事业单位医疗", "5.00"},
                                    {"", "", "", "合计", "5.00"}});
  BOOST_TEST(code_of(bad, 2) == "(none)");
  auto codes = check::detail::row_codes(bad);
  BOOST_TEST(codes[2] == "");
  auto unread = check::detail::unread_codes(bad);
  BOOST_REQUIRE(unread[2].has_value());
  BOOST_TEST(*unread[2] == 3u);  // it prints its 项: a child of the 款 above
  BOOST_TEST(!unread[1].has_value());
}

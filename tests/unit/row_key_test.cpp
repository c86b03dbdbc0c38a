#define BOOST_TEST_MODULE row_key_test
#include "emit/row_key.h"

#include <boost/test/unit_test.hpp>
#include <optional>
#include <string>
#include <vector>

#include "emit/money.h"
#include "tests/support_built.h"

using gongkai::ColumnRole;
using gongkai::Decimal;
using gongkai::Table;
using gongkai::Value;
using gongkai::emit::row_code;
using gongkai::emit::row_codes;
using gongkai::emit::row_label;

namespace {

constexpr ColumnRole L = ColumnRole::Label, C = ColumnRole::Code, A = ColumnRole::Amount;

Table make(std::vector<ColumnRole> roles, std::vector<std::vector<std::string>> rows) {
  return gongkai::testing::table_by_roles(std::move(roles), rows);
}

std::string or_none(const std::optional<std::string>& s) {
  return s.value_or("<none>");
}

}  // namespace

BOOST_AUTO_TEST_CASE(single_code_column) {
  Table t = make({C, L, A}, {{"合计", "", "5489.12"},
                             {"201", "一般公共服务支出", "4664.00"},
                             {"20103", "政府办公厅（室）及相关机构事务", "4340.50"},
                             {"2010301", "行政运行", "1586.72"},
                             {"201 03 01", "行政运行", "1586.72"},
                             {"20103011", "八位", "1"},
                             {"2010", "四位", "1"},
                             {"2O1", "字母", "1"}});
  const std::vector<std::string> expected = {"<none>",  "201",    "20103",  "2010301",
                                             "2010301", "<none>", "<none>", "<none>"};
  for (std::size_t r = 0; r < expected.size(); ++r)
    BOOST_TEST(or_none(row_code(t, r)) == expected[r], "row " << r);
  BOOST_TEST(or_none(row_code(t, 99)) == "<none>");
}

BOOST_AUTO_TEST_CASE(split_columns_are_joined_and_inherit_blank_parts) {
  Table t = make({C, C, C, L, A}, {{"201", "03", "01", "行政运行", "1"},
                                   {"", "", "02", "一般行政管理事务", "2"},
                                   {"208", "", "", "社会保障和就业支出", "3"},
                                   {"", "05", "", "行政事业单位养老支出", "4"},
                                   {"", "", "01", "行政单位离退休", "5"},
                                   {"", "", "", "合计", "15"},
                                   {"", "", "06", "职业年金", "6"},
                                   {"201", "", "01", "缺款", "7"},
                                   {"210", "21007", "2100799", "逐级全码", "8"}});
  const std::vector<std::string> expected = {"2010301", "2010302", "208",    "20805",  "2080501",
                                             "<none>",  "2080506", "<none>", "2100799"};
  auto all = row_codes(t, 4);
  BOOST_REQUIRE_EQUAL(all.size(), expected.size());
  for (std::size_t r = 0; r < expected.size(); ++r) {
    BOOST_TEST(or_none(row_code(t, r)) == expected[r], "row " << r);
    BOOST_TEST(or_none(all[r]) == expected[r], "row " << r);
  }
}

BOOST_AUTO_TEST_CASE(side_by_side_halves_have_their_own_label_and_code) {
  // 收入 | 金额 | 支出科目编码 | 支出项目 | 金额
  Table t =
      make({L, A, C, L, A}, {{"一、一般公共预算", "4603.53", "201", "一般公共服务支出", "4673.83"},
                             {"", "", "208", "社会保障和就业支出", "673.59"}});
  BOOST_TEST(row_label(t, 0) == "一、一般公共预算");
  BOOST_TEST(row_label(t, 0, 1) == "一、一般公共预算");
  BOOST_TEST(row_label(t, 0, 4) == "一般公共服务支出");
  BOOST_TEST(row_label(t, 1) == "社会保障和就业支出");  // first non-empty label of the row
  BOOST_TEST(row_label(t, 1, 1) == "");
  BOOST_TEST(or_none(row_code(t, 0, 1)) == "<none>");
  BOOST_TEST(or_none(row_code(t, 0, 4)) == "201");
  BOOST_TEST(or_none(row_code(t, 1)) == "208");  // the whole row: the first half that has one
}

BOOST_AUTO_TEST_CASE(labels_skip_empty_cells_and_trim) {
  Table t = make({L, L, A}, {{"", " 基本工资 ", "12.00"}, {"", "", "1"}});
  BOOST_TEST(row_label(t, 0) == "基本工资");
  BOOST_TEST(row_label(t, 1) == "");
  BOOST_TEST(row_label(t, 7) == "");
  Table no_labels = make({A, A}, {{"1", "2"}});
  BOOST_TEST(row_label(no_labels, 0, 1) == "");
}

BOOST_AUTO_TEST_CASE(amounts_in_yuan_and_fen) {
  using gongkai::emit::in_fen;
  using gongkai::emit::in_yuan;
  auto d = [](const char* s) { return *Decimal::parse(s); };
  BOOST_TEST(in_yuan(d("4603.53"), "万元")->to_string() == "46035300");
  BOOST_TEST(*in_fen(d("4603.53"), "万元") == 4603530000LL);
  BOOST_TEST(*in_fen(d("12.50"), "元") == 1250);
  BOOST_TEST(*in_fen(d("-0.5"), "千元") == -50000);
  BOOST_TEST(*in_fen(d("1.5"), "亿元") == 15000000000LL);
  BOOST_TEST(!in_fen(d("0.001"), "元"));  // a fraction of a fen
  BOOST_TEST(!in_fen(d("12"), ""));       // unit not stated
  BOOST_TEST(!in_yuan(d("12"), "美元"));
  BOOST_TEST(!in_fen(d("999999999999"), "亿元"));  // does not fit in 64 bits
}

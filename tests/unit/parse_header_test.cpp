// Header rows: where they end and how they flatten (cells as the seed prints them).
#define BOOST_TEST_MODULE parse_header_test
#include <boost/test/unit_test.hpp>

#include "parse/header.h"
#include "parse/table_builder.h"

using namespace gongkai::parse;
using Names = std::vector<std::string>;

BOOST_AUTO_TEST_CASE(two_row_header_with_spans) {
  // 预算公开表2 收入总表: 项目 spans two columns, 本年收入 six, 上年结转 two rows.
  Grid rows = {
      {"项目", "", "本年收入", "", "", "", "", "", "上年结转"},
      {"科目编码", "科目名称", "合计", "一般公共预算", "政府性基金", "国有资本经营预算",
       "财政专户管理资金", "单位资金", ""},
      {"合计", "", "5489.12", "4603.53", "", "", "", "885.59", "9.83"},
  };
  BOOST_TEST(header_row_count(rows) == 2u);
  auto names = flatten_header(std::span(rows.data(), 2), 9);
  BOOST_TEST(
      names == (Names{"项目/科目编码", "项目/科目名称", "本年收入/合计", "本年收入/一般公共预算",
                      "本年收入/政府性基金", "本年收入/国有资本经营预算",
                      "本年收入/财政专户管理资金", "本年收入/单位资金", "上年结转"}),
      boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(three_row_side_by_side_header) {
  // 预算公开表4 财政拨款收支总表: 金额 spans the four columns under 支出.
  Grid rows = {
      {"收入", "", "支出", "", "", "", ""},
      {"项目", "金额", "项目", "金额", "", "", ""},
      {"", "", "", "小计", "一般公共预算", "政府性基金预算", "国有资本经营预算"},
  };
  auto names = flatten_header(rows, 7);
  BOOST_TEST(names == (Names{"收入/项目", "收入/金额", "支出/项目", "支出/金额/小计",
                             "支出/金额/一般公共预算", "支出/金额/政府性基金预算",
                             "支出/金额/国有资本经营预算"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(column_number_rows_are_not_names) {
  Grid rows = {{"项目名称", "合计", "2024年财政拨款", ""},
               {"", "", "一般公共预算", "政府性基金预算"},
               {"1", "2", "3", "4"},
               {"山西省人民政府外事办公室", "9.83", "9.83", ""}};
  BOOST_TEST(is_column_number_row(rows[2]));
  BOOST_TEST(!is_data_row(rows[2]));
  BOOST_TEST(header_row_count(rows) == 3u);
  auto names = flatten_header(std::span(rows.data(), 3), 4);
  BOOST_TEST(names == (Names{"项目名称", "合计", "2024年财政拨款/一般公共预算",
                             "2024年财政拨款/政府性基金预算"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(column_number_rows_in_their_printed_forms) {
  BOOST_TEST(is_column_number_row({"**", "1", "2", "3", "4"}));
  BOOST_TEST(is_column_number_row({"栏次", "", "1", "2", "3"}));
  BOOST_TEST(is_column_number_row({"甲", "乙", "1", "2"}));
  BOOST_TEST(!is_column_number_row({"公务用车", "1", "3"}));    // not counting up by one
  BOOST_TEST(!is_column_number_row({"行政运行", "12", "13"}));  // a long label: a data row
  BOOST_TEST(!is_column_number_row({"1"}));
  // zj-hz-sfj-2026 p.36: a table with one money column numbers it alone under its header.
  BOOST_TEST(is_column_number_row({"**", "1"}));
  BOOST_TEST(!is_column_number_row({"**", "2"}));        // a lone number must be column 1
  BOOST_TEST(!is_column_number_row({"公务接待", "1"}));  // a label and an amount: data
}

BOOST_AUTO_TEST_CASE(data_rows) {
  BOOST_TEST(is_data_row({"201", "一般公共服务支出", "4664.00"}));
  BOOST_TEST(is_data_row({"合计", "", "", ""}));  // an empty table's bare 合计
  BOOST_TEST(is_data_row({"因公出国(境)费", "483.00"}));
  BOOST_TEST(!is_data_row({"", "合计", "一般公共预算", "政府性基金预算"}));  // a header row
  BOOST_TEST(!is_data_row({"项目", "2024年", "项目", "2024年合计"}));
  BOOST_TEST(!is_data_row({"项目", "2024", "2025"}));  // bare years name columns
}

// Numbers that are not money keep their place but no amount's role: scores (Foshan's 决算, page
// 29: 自评分数 96.53) and the year a row speaks of (Xi'an: 年度 2021 | 总收入支出 1493.51).
BOOST_AUTO_TEST_CASE(scores_and_years_are_no_amounts) {
  using gongkai::ColumnRole;
  const Grid scores = {{"质量抽检和试验检测管理", "100"}, {"2019年度聘请专家人员经费", "96.53"}};
  BOOST_TEST((column_role("项目名称", scores, 0) == ColumnRole::Label));
  BOOST_TEST((column_role("自评分数", scores, 1) == ColumnRole::Quantity));
  const Grid years = {{"2021", "1493.51"}, {"2022", "1899.9"}, {"变化", "+406.39"}};
  BOOST_TEST((column_role("年度", years, 0) == ColumnRole::Label));
  BOOST_TEST((column_role("总收入支出", years, 1) == ColumnRole::Amount));
}

// parse/column_roles.h, table-driven: printed column names from real headers and the role and
// year each must get (docs/columns.md).
#define BOOST_TEST_MODULE column_roles_test
#include "parse/column_roles.h"

#include <boost/test/unit_test.hpp>
#include <string>
#include <vector>

using namespace gongkai::parse;

BOOST_AUTO_TEST_CASE(roles_and_years_of_printed_column_names) {
  struct Row {
    const char* column;
    const char* role;
    int year;
  };
  // Document year 2024 throughout.
  const Row rows[] = {
      // Totals: the whole of the row, however named.
      {"合计", "total", 0},
      {"2024年预算数/合计", "total", 2024},
      {"2024预算数/合计", "total", 2024},
      {"支出/2024年合计", "total", 2024},
      {"收入/2024年", "total", 2024},
      {"收入/金额", "total", 0},
      {"支出/金额/小计", "total", 0},
      {"预算数", "total", 0},
      {"2024年度", "total", 2024},
      {"预算数(万元)", "total", 0},
      {"合計", "total", 0},
      {"支出项目类别/总计", "total", 0},
      {"部门预算/合计", "total", 0},
      {"2026年政府采购项目/小计", "other", 2026},  // 小计 totals only its group
      {"部门预算/公共预算拨款/小计", "general_budget", 0},
      // A leaf names what the column holds.
      {"2024年预算数/基本支出", "basic", 2024},
      {"2024年预算数/项目支出", "project", 2024},
      {"本年收入/一般公共预算", "general_budget", 0},
      {"支出/金额/一般公共预算", "general_budget", 0},
      {"2024年财政拨款/一般公共预算", "general_budget", 2024},
      {"本年收入/政府性基金", "fund_budget", 0},
      {"政府性基金收入预算", "fund_budget", 0},
      {"本年收入/国有资本经营预算", "state_capital", 0},
      {"本年收入/财政专户管理资金", "fiscal_special", 0},
      {"本年收入/单位资金", "unit_funds", 0},
      {"单位资金/事业收入", "unit_funds", 0},
      {"事业单位经营收入", "unit_funds", 0},
      {"财政拨款/小计", "fiscal_appropriation", 0},
      {"上年结转", "carry_over", 0},
      {"支出/上年结转安排", "carry_over", 0},
      {"年初结转和结余", "carry_over", 0},
      {"支出/当年预算安排", "current_year", 0},
      // A total leaf defers to its group: 本年收入/合计 leaves out the carry-over.
      {"本年收入/合计", "current_year", 0},
      {"上年结转/小计", "carry_over", 0},
      {"基本支出/小计", "basic", 0},
      // Last year's figures, by word or by a year before the document's.
      {"上年预算数", "prior_year", 0},
      {"2023年预算数", "prior_year", 2023},
      {"2023年预算数/基本支出", "basic", 2023},
      {"比上年增减", "change", 0},
      {"2024年预算数/增减%", "change", 2024},
      // A change or last year's figures, whatever the leaf under it.
      {"增减变化情况/一般公共预算拨款安排的“三公”经费预算/公务接待费", "change", 0},
      {"上年/一般公共预算拨款安排的“三公”经费预算/小计", "prior_year", 0},
      {"上年/会议费", "prior_year", 0},
      {"当年/会议费", "other", 0},
      // Words outside the vocabulary: other, never a total.
      {"2024年预算数/人员经费", "other", 2024},
      {"公用经费", "other", 0},
      {"公务接待费", "other", 0},
      {"列9", "other", 0},
      {"行次", "other", 0},
  };
  for (const auto& row : rows) {
    BOOST_TEST_CONTEXT(row.column) {
      ColumnMeaning m = column_meaning(row.column, 2024);
      BOOST_TEST(std::string(amount_role_name(m.role)) == row.role);
      BOOST_TEST(m.year == row.year);
    }
  }
}

BOOST_AUTO_TEST_CASE(a_year_is_a_year_only_standing_alone) {
  BOOST_TEST(column_meaning("120240", 2024).year == 0);
  BOOST_TEST(column_meaning("2025年预算数", 2026).year == 2025);
  // The document's year unknown: a printed year is kept, and is no prior year.
  BOOST_TEST(std::string(amount_role_name(column_meaning("2023年预算数", 0).role)) == "total");
}

BOOST_AUTO_TEST_CASE(every_role_has_a_distinct_name) {
  auto roles = amount_roles();
  for (std::size_t i = 0; i < roles.size(); ++i)
    for (std::size_t j = i + 1; j < roles.size(); ++j) BOOST_TEST(roles[i].name != roles[j].name);
  BOOST_TEST(roles.back().name == "other");
}

// A table's columns read together: what every column shares says nothing about one of them, and
// 本年 is a part only beside a carry-over.
BOOST_AUTO_TEST_CASE(columns_read_together) {
  auto roles = [](std::vector<std::string_view> columns) {
    std::vector<std::string> out;
    for (const auto& m : column_meanings(columns, 2026))
      out.push_back(std::string(amount_role_name(m.role)));
    return out;
  };
  // Shanghai: the whole table is 一般公共预算; its 合计 is the total.
  BOOST_TEST(
      roles({"一般公共预算支出/合计", "一般公共预算支出/基本支出", "一般公共预算支出/项目支出"}) ==
          (std::vector<std::string>{"total", "basic", "project"}),
      boost::test_tools::per_element());
  // Beside other sources the same words are a part.
  BOOST_TEST(
      roles({"合计", "本年收入/一般公共预算", "本年收入/合计", "上年结转"}) ==
          (std::vector<std::string>{"total", "general_budget", "current_year", "carry_over"}),
      boost::test_tools::per_element());
  // A final account's 本年支出合计 with no carry-over column is the total.
  BOOST_TEST(roles({"本年支出合计", "基本支出", "项目支出"}) ==
                 (std::vector<std::string>{"total", "basic", "project"}),
             boost::test_tools::per_element());
  // 年初预算数 says only "the budget".
  BOOST_TEST(roles({"2025年执行数/执行数", "2026年预算数/年初预算数/小计",
                    "2026年预算数/年初预算数/基本支出"}) ==
                 (std::vector<std::string>{"prior_year", "total", "basic"}),
             boost::test_tools::per_element());
  // Years kept from the whole name.
  BOOST_TEST(column_meanings({"2026年预算数/合计", "2026年预算数/基本支出"}, 2026)[0].year == 2026);
}

BOOST_AUTO_TEST_CASE(row_labels_that_play_a_column_part) {
  auto year = row_label_meaning("2025年");
  BOOST_REQUIRE(year.has_value());
  BOOST_TEST(year->year == 2025);
  BOOST_TEST(amount_role_name(year->role) == "total");
  BOOST_TEST(row_label_meaning("2026 年预算数")->year == 2026);
  BOOST_TEST(amount_role_name(row_label_meaning("增减变化金额")->role) == "change");
  BOOST_TEST(amount_role_name(row_label_meaning("比上年增减")->role) == "change");
  for (const char* other : {"深圳市审计局", "2025年中央补助", "同比增长5%", "合计", ""})
    BOOST_TEST(!row_label_meaning(other).has_value(), other);
}

// A final account prints the year's budget beside its outcome (gd-fs-gdjtj-2019-final p.21,
// sh-pt-czj-2024-final p.18): the 预算数 half of each pair is budgeted.
BOOST_AUTO_TEST_CASE(a_final_accounts_budget_beside_its_outcome) {
  auto roles = [](std::vector<std::string_view> columns, bool final_account) {
    std::vector<std::string> out;
    for (const auto& m : column_meanings(columns, 2019, final_account))
      out.push_back(std::string(amount_role_name(m.role)));
    return out;
  };
  BOOST_TEST(roles({"预算数/合计", "预算数/公务接待费", "决算数/合计", "决算数/公务接待费"},
                   true) == (std::vector<std::string>{"budgeted", "budgeted", "total", "other"}),
             boost::test_tools::per_element());
  BOOST_TEST(roles({"财政拨款“三公”经费/合计/预算数", "财政拨款“三公”经费/合计/决算数"}, true) ==
                 (std::vector<std::string>{"budgeted", "total"}),
             boost::test_tools::per_element());
  // Unpaired, or in a budget: as before.
  BOOST_TEST(
      roles({"年初预算数", "本年支出合计"}, true) == (std::vector<std::string>{"total", "total"}),
      boost::test_tools::per_element());
  BOOST_TEST(
      roles({"预算数/合计", "决算数/合计"}, false) == (std::vector<std::string>{"total", "total"}),
      boost::test_tools::per_element());
}

// Column reading on documents of ../shared/corpus/wild nobody tuned for (skipped when absent):
// header groups, headers centred over right-aligned amounts, names overflowing ruled cells.
#define BOOST_TEST_MODULE wild_columns_test
#include <boost/test/unit_test.hpp>
#include <string>

#include "check/check.h"
#include "extract/extract.h"
#include "parse/parse.h"
#include "tests/support.h"
#include "tests/support_checked.h"
#include "tests/support_tables.h"

using namespace gongkai;
using namespace gongkai::testing;
namespace utf = boost::unit_test;

namespace {

const Document& checked(const char* name) {
  return read_once(shared_dir() / "corpus" / "wild" / name, true);
}

int count(const Document& d, const std::string& identity, const std::string& table,
          Verdict verdict) {
  int n = 0;
  for (const auto& c : d.checks)
    if (c.identity == identity && c.verdict == verdict && !c.tables.empty() &&
        c.tables.front() == table)
      ++n;
  return n;
}

}  // namespace

// Xi'an's 部门综合预算收入总表: 部门预算/合计 over 一般公共预算拨款 (小计 | 其中:专项资金…), …,
// 上年结转, 上年实户资金余额. The group's 小计 is a part of 合计; only its 其中 is a memo.
BOOST_AUTO_TEST_CASE(xian_income_total_counts_the_group_subtotal,
                     *utf::precondition(shared_present{})) {
  const auto& d = checked("xa-838aeef9.pdf");
  const auto& income = table_of_kind(d, TableKind::Income);
  BOOST_TEST(income.title == "部门综合预算收入总表");
  BOOST_TEST(income.columns.size() == 14u);
  BOOST_TEST(income.columns[3] == "部门预算/一般公共预算拨款/小计");
  BOOST_TEST(cell(income, "153003", "部门预算/合计") == "493512514.81");
  BOOST_TEST(cell(income, "153003", "部门预算/一般公共预算拨款/小计") == "437870683.19");
  BOOST_TEST(cell(income, "153003", "部门预算/上年结转") == "41864892.96");
  const std::string title = "部门综合预算收入总表";
  BOOST_TEST(count(d, "row_total_equals_parts", title, Verdict::Ok) >= 7);
  BOOST_TEST(count(d, "row_total_equals_parts", title, Verdict::SourceError) == 0);
  BOOST_TEST(count(d, "row_total_equals_parts", title, Verdict::ParseDoubt) == 0);
  // 收支总表 本年收入合计 = 收入总表 合计 − 上年结转 − 上年实户资金余额
  int income_total = 0;
  for (const auto& c : d.checks)
    if (c.identity == "cross_table:summary_current_income_equals_income_total") {
      BOOST_TEST((c.verdict == Verdict::Ok));
      ++income_total;
    }
  BOOST_TEST(income_total == 1);
}

// Guangzhou's 收支总体情况表: amounts right-aligned in wide cells, "预算" centred over each: two
// columns a side, none always empty.
BOOST_AUTO_TEST_CASE(guangzhou_headers_over_right_aligned_amounts,
                     *utf::precondition(shared_present{})) {
  const auto& d = checked("gz-015554f2.pdf");
  const auto& s = table_of_kind(d, TableKind::IncomeExpenditureSummary);
  BOOST_TEST(
      s.columns == (std::vector<std::string>{"收入/项目", "收入/预算", "支出/项目", "支出/预算"}),
      boost::test_tools::per_element());
  BOOST_TEST(cell(s, "一、预算拨款", "收入/预算") == "174177.85");
}

// Xi'an's ruled 收支总表 prints names too long for their cells over the ruling: the name stays
// whole and the amount beside it stays an amount.
BOOST_AUTO_TEST_CASE(xian_overflowing_names_stay_whole, *utf::precondition(shared_present{})) {
  const auto& d = checked("xa-b807ca62.pdf");
  const auto& s = table_of_kind(d, TableKind::IncomeExpenditureSummary);
  const auto& row = row_labelled(s, "(3)对个人和家庭的补助");
  BOOST_TEST(row[row.size() - 3].text == "0.00");
  BOOST_TEST(row[row.size() - 3].is_amount());
}

// The same document's 一般公共预算支出明细表 (表5, page 22) hides the end of a name under 合计, and
// its text layer glues it to the amount there ("机关事业单位职业年金缴费支出43608.96"): the name is
// whole, 合计 an amount, and the row and its parent 20805 are checked.
BOOST_AUTO_TEST_CASE(xian_name_glued_to_its_amount, *utf::precondition(shared_present{})) {
  const auto& d = checked("xa-b807ca62.pdf");
  const auto& t = table_of_kind(d, TableKind::GeneralBudgetExpenditure);
  const auto& row = row_labelled(t, "2080506");
  BOOST_TEST(row[column_named(t, "功能科目名称")].text == "机关事业单位职业年金缴费支出");
  BOOST_TEST(cell(t, "2080506", "合计") == "43608.96");
  BOOST_TEST(row[column_named(t, "合计")].is_amount());
  BOOST_TEST(count(d, "row_total_equals_parts", t.title, Verdict::ParseDoubt) == 0);
  BOOST_TEST(count(d, "parent_equals_children", t.title, Verdict::ParseDoubt) == 0);
  BOOST_TEST(count(d, "parent_equals_children", t.title, Verdict::Ok) >= 1);
}

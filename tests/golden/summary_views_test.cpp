// Side-by-side summary tables that print the spending more than once (issue 7 §9: no check
// silently skipped). Read from ../shared (skipped when absent).
#define BOOST_TEST_MODULE summary_views_test
#include <boost/test/unit_test.hpp>

#include "tests/support.h"
#include "tests/support_checked.h"

using namespace gongkai;
using namespace gongkai::testing;
namespace utf = boost::unit_test;

namespace {

std::vector<const Check*> checks_of(const Document& d, const std::string& table,
                                    const std::string& identity) {
  std::vector<const Check*> out;
  for (const Check& c : d.checks)
    if (c.identity == identity && c.tables == std::vector<std::string>{table}) out.push_back(&c);
  return out;
}

const Check& at(const std::vector<const Check*>& checks, const std::string& where) {
  for (const Check* c : checks)
    if (c->location.find(where) != std::string::npos) return *c;
  BOOST_FAIL("no check at " + where);
  throw std::logic_error("unreachable");
}

bool holds(const Check& c) {
  return c.verdict == Verdict::Ok || c.verdict == Verdict::Rounding;
}

}  // namespace

// Xi'an (p.26, 元): 收入 | 支出功能分类 | 部门预算支出经济分类 | 政府预算支出经济分类, each view
// closing on 本年支出合计 and 支出总计 62,109,297.20. Each view is a side: its items, its total,
// and 收入总计 = its 支出总计; numbered items nest (一、部门预算 > 1、人员经费和公用经费支出
// 36,701,197.20 > (1)工资福利支出 32,493,937.03 …).
BOOST_AUTO_TEST_CASE(xian_four_views, *utf::precondition(shared_present{})) {
  const Document& d = read_once(shared_dir() / "corpus" / "wild" / "xa-09698190.pdf", true);
  const std::string table = "部门综合预算收支总表";
  auto totals = checks_of(d, table, "income_total_equals_expenditure_total");
  BOOST_TEST(totals.size() == 3u);
  for (const Check* c : totals) {
    BOOST_TEST(holds(*c), c->location);
    BOOST_TEST(c->found->to_string() == "62109297.20");
  }
  BOOST_TEST(checks_of(d, table, "side_subtotal_equals_items").size() == 4u);
  auto nested = checks_of(d, table, "side_parent_equals_children");
  const Check& staff = at(nested, "row 人员经费和公用经费支出");
  BOOST_TEST(holds(staff));
  BOOST_TEST(staff.expected->to_string() == "36701197.20");
  BOOST_TEST(staff.cells.size() == 5u);  // the row and its (1)–(4)
  for (const Check* c : nested) BOOST_TEST(holds(*c), c->location);
}

// Jiangsu (p.1, 万元): 收入 | 支出/功能分类 | 支出/支出用途, the spending's 当年支出小计 and
// 支出合计 printed once across both views (the label under 功能分类, the amount 9,146.79 under
// 支出用途). 当年收入小计 = 9,066.79 + 80.00, and each view's items add up to the one printed
// total.
BOOST_AUTO_TEST_CASE(jiangsu_total_printed_once_for_two_views,
                     *utf::precondition(shared_present{})) {
  const Document& d =
      read_once(shared_dir() / "corpus" / "real" / "js-zx-2017-budget-tables.pdf", true);
  const std::string table = "收支预算总表";
  auto sides = checks_of(d, table, "side_subtotal_equals_items");
  BOOST_TEST(sides.size() == 3u);
  const Check& income = at(sides, "row 当年收入小计");
  BOOST_TEST(income.found->to_string() == "9146.79");
  const Check& functions = at(sides, "column '支出/功能分类/金额'");
  BOOST_TEST(holds(functions));
  BOOST_TEST(functions.found->to_string() == "9146.79");
  BOOST_TEST(functions.location.find("under '支出/支出用途/金额'") != std::string::npos);
  for (const Check* c : sides) BOOST_TEST(holds(*c), c->location);
  BOOST_TEST(checks_of(d, table, "income_total_equals_expenditure_total").size() == 2u);
}

// Code columns carry only 科目编码 (issue 7, §3), on real pages: a 部门代码 column of unit numbers
// (Wuxi, Suzhou 收入总表) is a table by unit, never a 类 hierarchy; a 款 printed "2" for "02"
// (a spreadsheet's number) reads as 02; a 类 printed "7" reads as no code, with a diagnostic,
// and the parent it may belong to is listed as not checked. Read from ../shared.
#define BOOST_TEST_MODULE codes_corpus_test
#include <boost/test/unit_test.hpp>
#include <string>

#include "emit/row_key.h"
#include "tests/support.h"
#include "tests/support_checked.h"
#include "tests/support_tables.h"

using namespace gongkai;
using namespace gongkai::testing;
namespace utf = boost::unit_test;

namespace {

const Document& doc(const char* set, const char* name) {
  return read_once(shared_dir() / "corpus" / set / name, true);
}

std::vector<const Check*> checks(const Document& d, const std::string& table,
                                 const std::string& identity, const std::string& location) {
  std::vector<const Check*> out;
  for (const auto& c : d.checks)
    if (!c.tables.empty() && c.tables.front() == table && c.identity == identity &&
        c.location.starts_with(location))
      out.push_back(&c);
  return out;
}

}  // namespace

// 部门代码 | 部门名称: 合计, then 305 无锡市教育局 (the department), then 305001 … one line per
// unit.
BOOST_AUTO_TEST_CASE(wuxi_department_codes_are_units, *utf::precondition(shared_present())) {
  const Document& d = doc("wild", "wx-17a8236f.pdf");
  const Table* t = table_titled(d, "收入总表");
  BOOST_REQUIRE(t != nullptr);
  BOOST_TEST((t->roles[0] == ColumnRole::Unit));
  auto institute = row_with(*t, "无锡市教育科学研究院");
  BOOST_REQUIRE(institute.has_value());
  BOOST_TEST(block_of(*t, *institute)->code == "305003");
  BOOST_TEST(!emit::row_code(*t, *institute).has_value());  // 305003 is no 科目编码
  auto whole =
      checks(d, "收入总表", "total_row_equals_units", "row 合计 = Σ units' lines, column '合计'");
  BOOST_REQUIRE(whole.size() == 1u);
  BOOST_TEST(whole[0]->verdict == Verdict::Ok);
  BOOST_TEST(whole[0]->expected->to_string() == "512434.34");
  BOOST_TEST(checks(d, "收入总表", "total_row_equals_units", "row 无锡市教育局 =").size() == 7u);
  BOOST_TEST(checks(d, "收入总表", "parent_equals_children", "").empty());  // no 305 = Σ 305xxx
}

BOOST_AUTO_TEST_CASE(suzhou_department_codes_are_units, *utf::precondition(shared_present())) {
  const Document& d = doc("wild", "suz-814bd146.pdf");
  const Table* t = table_titled(d, "收入总表");
  BOOST_REQUIRE(t != nullptr);
  BOOST_TEST(t->unit_blocks.size() == 6u);  // 114001 … 114008; 114 is the department's line
  auto reserve = row_with(*t, "苏州市土地储备中心");
  BOOST_REQUIRE(reserve.has_value());
  BOOST_TEST(block_of(*t, *reserve)->code == "114002");
  for (const Check* c : checks(d, "收入总表", "total_row_equals_units", "row "))
    BOOST_TEST((c->verdict == Verdict::Ok), c->location);
  BOOST_TEST(checks(d, "收入总表", "total_row_equals_top_level_rows", "").empty());
}

// p.29 prints 301 | 2 津贴补贴 and 301 | 7 绩效工资: 30102 and 30107, 301's children with 30101 ….
BOOST_AUTO_TEST_CASE(a_kuan_without_its_zero, *utf::precondition(shared_present())) {
  const Document& d = doc("real", "sh-pt-wljd-2024-dept-budget.pdf");
  const std::string title = "2024年部门一般公共预算基本支出部门预算经济分类预算表";
  const Table* t = table_titled(d, title);
  BOOST_REQUIRE(t != nullptr);
  auto allowance = row_with(*t, "津贴补贴");
  BOOST_REQUIRE(allowance.has_value());
  BOOST_TEST(emit::row_code(*t, *allowance).value_or("") == "30102");
  auto wages = checks(d, title, "parent_equals_children", "row 301 工资福利支出 = Σ its sub-codes");
  BOOST_REQUIRE(wages.size() == 3u);
  BOOST_TEST(wages[0]->verdict == Verdict::Ok);
  BOOST_TEST(wages[0]->expected->to_string() == "88282511");
}

// p.9 prints 7 | 11 | 02 事业单位医疗 under 210 | 11 (the 收入 table prints 2101102): no code is
// made up; 21011 = Σ its sub-codes is listed as not checked, and a diagnostic names the row.
BOOST_AUTO_TEST_CASE(a_lei_of_one_digit_is_no_code, *utf::precondition(shared_present())) {
  const Document& d = doc("real", "sh-pt-flyuan-2024-unit-budget.pdf");
  const std::string title = "2024年预算单位支出预算总表";
  const Table* t = table_titled(d, title);
  BOOST_REQUIRE(t != nullptr);
  auto care = row_with(*t, "事业单位医疗");
  BOOST_REQUIRE(care.has_value());
  BOOST_TEST(!emit::row_code(*t, *care).has_value());
  auto parent = checks(d, title, "parent_equals_children", "row 21011 行政事业单位医疗");
  BOOST_REQUIRE(parent.size() == 1u);
  BOOST_TEST(parent[0]->verdict == Verdict::NotChecked);
  BOOST_TEST(parent[0]->note.find("'7 | 11 | 02'") != std::string::npos);
  bool told = false;
  for (const auto& diag : d.diagnostics)
    told = told || (diag.code == "codes_unread" && diag.page == 9 &&
                    diag.message.find("7 | 11 | 02") != std::string::npos);
  BOOST_TEST(told);
}

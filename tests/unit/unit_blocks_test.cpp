// Unit blocks (issue 7) on small tables built by hand in the three printed layouts: a 预算单位
// column, header rows in the label column of an economic-class table, a 单位编码 column. Parse
// finds the blocks; the checks sum within a block and over the blocks, never across them.
#define BOOST_TEST_MODULE unit_blocks_test
#include "parse/unit_blocks.h"

#include <boost/test/unit_test.hpp>
#include <string>
#include <vector>

#include "check/check.h"
#include "tests/support_built.h"

using namespace gongkai;

namespace {

// A table of 某市某局 in 万元, its cells read as printed.
Table table(TableKind kind, std::vector<std::string> columns, std::vector<ColumnRole> roles,
            std::vector<std::vector<std::string>> rows) {
  Table t = gongkai::testing::table_from_printed("支出总表", kind, std::move(columns),
                                                 std::move(roles), rows);
  t.department = "某市某局";
  return t;
}

constexpr auto C = ColumnRole::Code;
constexpr auto L = ColumnRole::Label;
constexpr auto A = ColumnRole::Amount;

// The department's line, then two units, each with its own 201/20101 codes: within each block
// the codes add up; summed across the blocks (201 = Σ 20101 of both units) they would not.
Table by_unit_column() {
  return table(TableKind::Expenditure, {"预算单位", "科目编码", "科目名称", "合计"}, {L, C, L, A},
               {{"某市某局", "", "", "30.00"},
                {"某市某局(本级)", "", "", "20.00"},
                {"", "201", "一般公共服务支出", "20.00"},
                {"", "20101", "人大事务", "20.00"},
                {"某市某中心", "", "", "10.00"},
                {"", "201", "一般公共服务支出", "10.00"},
                {"", "20101", "人大事务", "10.00"}});
}

std::vector<Check> checked(Table t) {
  Document doc;
  doc.tables.push_back(std::move(t));
  check::run_checks(doc);
  return doc.checks;
}

int count(const std::vector<Check>& checks, const std::string& identity,
          const std::string& verdict) {
  int n = 0;
  for (const auto& c : checks) n += c.identity == identity && verdict_name(c.verdict) == verdict;
  return n;
}

}  // namespace

BOOST_AUTO_TEST_CASE(a_unit_column_opens_a_block_per_unit_after_the_departments_line) {
  Table t = by_unit_column();
  parse::find_unit_blocks(t, t.department);
  BOOST_REQUIRE_EQUAL(t.unit_blocks.size(), 2u);
  BOOST_TEST(t.unit_blocks[0].name == "某市某局(本级)");
  BOOST_TEST(t.unit_blocks[0].first == 1u);
  BOOST_TEST(t.unit_blocks[0].last == 3u);
  BOOST_TEST(t.unit_blocks[0].header);
  BOOST_TEST(t.unit_blocks[1].name == "某市某中心");
  BOOST_TEST(block_of(t, 0) == nullptr);  // the department's own line
  BOOST_TEST(block_of(t, 6)->name == "某市某中心");
}

BOOST_AUTO_TEST_CASE(identities_hold_within_each_block_and_over_the_blocks) {
  Table t = by_unit_column();
  parse::find_unit_blocks(t, t.department);
  auto checks = checked(t);
  BOOST_TEST(count(checks, "parent_equals_children", "ok") == 2);
  BOOST_TEST(count(checks, "total_row_equals_top_level_rows", "ok") == 2);  // unit = Σ its 类
  BOOST_TEST(count(checks, "total_row_equals_units", "ok") == 1);           // department = Σ units
  for (const auto& c : checks)
    BOOST_TEST(verdict_name(c.verdict) == "ok", c.identity << " " << c.location);
}

BOOST_AUTO_TEST_CASE(without_the_blocks_only_the_code_hierarchy_is_checked) {
  // A code printed as a parent again (201 in each unit) owns only the rows under it, so the
  // hierarchy holds even unread; but the units' lines and the department's line = Σ units need
  // the blocks: without them those identities are not made.
  auto checks = checked(by_unit_column());  // unit_blocks left empty
  BOOST_TEST(count(checks, "parent_equals_children", "ok") == 2);
  BOOST_TEST(count(checks, "total_row_equals_units", "ok") == 0);
  BOOST_TEST(count(checks, "total_row_equals_top_level_rows", "ok") == 0);
}

BOOST_AUTO_TEST_CASE(header_rows_start_over_the_economic_groups_and_wrapped_names_join) {
  Table t = table(TableKind::BasicExpenditure, {"支出项目类别(资金使用单位)", "总计"}, {L, A},
                  {{"合计", "30.00"},
                   {"某市某局(本级)", "20.00"},
                   {"工资福利支出", "15.00"},
                   {"基本工资", "15.00"},
                   {"商品和服务支出", "5.00"},
                   {"办公费", "5.00"},
                   {"某市生态与农业气象中", ""},
                   {"心(某市气候变化中", "10.00"},
                   {"心)", ""},
                   {"工资福利支出", "10.00"},
                   {"基本工资", "10.00"}});
  parse::find_unit_blocks(t, t.department);
  BOOST_REQUIRE_EQUAL(t.unit_blocks.size(), 2u);
  BOOST_TEST(t.unit_blocks[1].name == "某市生态与农业气象中心(某市气候变化中心)");
  BOOST_TEST(t.rows.size() == 9u);  // the wrapped name's other lines are gone
  BOOST_TEST(t.rows[6][0].text == "某市生态与农业气象中心(某市气候变化中心)");
  BOOST_TEST(t.unit_blocks[1].first == 6u);
  BOOST_TEST(t.unit_blocks[1].last == 8u);
  auto checks = checked(t);
  BOOST_TEST(count(checks, "group_equals_items", "ok") == 3);
  BOOST_TEST(count(checks, "total_row_equals_groups", "ok") == 2);
  BOOST_TEST(count(checks, "total_row_equals_units", "ok") == 1);
  for (const auto& c : checks)
    BOOST_TEST(verdict_name(c.verdict) == "ok", c.identity << " " << c.location);
}

BOOST_AUTO_TEST_CASE(an_item_above_groups_out_of_order_heads_no_block) {
  // 资本性支出 printed before 商品和服务支出 inside one unit: not a new block.
  Table t = table(TableKind::BasicExpenditure, {"项目", "合计"}, {L, A},
                  {{"合计", "30.00"},
                   {"工资福利支出", "10.00"},
                   {"基本工资", "10.00"},
                   {"资本性支出", "15.00"},
                   {"办公设备购置", "15.00"},
                   {"商品和服务支出", "5.00"},
                   {"办公费", "5.00"}});
  parse::find_unit_blocks(t, t.department);
  BOOST_TEST(t.unit_blocks.empty());
}

BOOST_AUTO_TEST_CASE(unit_codes_are_not_subject_codes) {
  Table t = table(TableKind::Income, {"单位编码", "单位名称", "合计"}, {C, L, A},
                  {{"合计", "", "30.00"},
                   {"153", "某市某局", "30.00"},
                   {"153001", "某市某局", "20.00"},
                   {"153002", "某市某支队", "10.00"}});
  parse::find_unit_blocks(t, t.department);
  BOOST_TEST((t.roles[0] == ColumnRole::Unit));
  BOOST_REQUIRE_EQUAL(t.unit_blocks.size(), 2u);  // 153 opens the others: the department's
  BOOST_TEST(t.unit_blocks[0].code == "153001");
  BOOST_TEST(block_of(t, 1) == nullptr);
  auto checks = checked(t);
  BOOST_TEST(count(checks, "parent_equals_children", "ok") == 0);  // no 153 = Σ 153xxx
  BOOST_TEST(count(checks, "total_row_equals_units", "ok") == 2);  // 合计 and 某市某局
  for (const auto& c : checks)
    BOOST_TEST(verdict_name(c.verdict) == "ok", c.identity << " " << c.location);
}

// 部门代码 | 部门名称 (Wuxi, Suzhou 收入总表): the department's code, then its units' numbers.
BOOST_AUTO_TEST_CASE(department_codes_are_unit_numbers) {
  Table t = table(TableKind::Income, {"部门代码", "部门名称", "合计"}, {C, L, A},
                  {{"合计", "", "30.00"},
                   {"305", "某市某局", "30.00"},
                   {"305001", "某市某局(本级)", "20.00"},
                   {"305002", "某市某中心", "10.00"}});
  parse::find_unit_blocks(t, t.department);
  BOOST_TEST((t.roles[0] == ColumnRole::Unit));
  BOOST_REQUIRE_EQUAL(t.unit_blocks.size(), 2u);
  BOOST_TEST(t.unit_blocks[1].code == "305002");
  auto checks = checked(t);
  BOOST_TEST(count(checks, "parent_equals_children", "ok") == 0);
  BOOST_TEST(count(checks, "total_row_equals_top_level_rows", "ok") == 0);
  BOOST_TEST(count(checks, "total_row_equals_units", "ok") == 2);
}

// Whatever the header, a code column of 3- and 6-digit numbers holds units' numbers: a 科目编码
// has 3, 5 or 7 digits. A column named for a classification, or with a 5-digit code, keeps its
// role.
BOOST_AUTO_TEST_CASE(six_digit_codes_are_unit_numbers_by_their_cells) {
  Table units = table(TableKind::Income, {"编码", "名称", "合计"}, {C, L, A},
                      {{"", "合计", "30.00"},
                       {"153", "某市某局", "30.00"},
                       {"153001", "某市某局", "20.00"},
                       {"153002", "某市某支队", "10.00"}});
  parse::find_unit_blocks(units, units.department);
  BOOST_TEST((units.roles[0] == ColumnRole::Unit));
  BOOST_TEST(units.unit_blocks.size() == 2u);
  Table subjects = table(TableKind::Expenditure, {"编码", "名称", "合计"}, {C, L, A},
                         {{"201", "一般公共服务支出", "3.00"},
                          {"20101", "人大事务", "3.00"},
                          {"201011", "?", "3.00"}});
  parse::find_unit_blocks(subjects, subjects.department);
  BOOST_TEST((subjects.roles[0] == ColumnRole::Code));
  Table named = table(TableKind::Expenditure, {"功能分类科目编码", "名称", "合计"}, {C, L, A},
                      {{"201", "一般公共服务支出", "3.00"}, {"201001", "?", "3.00"}});
  parse::find_unit_blocks(named, named.department);
  BOOST_TEST((named.roles[0] == ColumnRole::Code));
}

BOOST_AUTO_TEST_CASE(a_name_wrapped_in_its_cell_is_joined_and_a_unit_without_figures_is_kept) {
  Table t = table(TableKind::Unknown, {"单位名称", "项目名称", "预算数"}, {L, L, A},
                  {{"某市某", "综合管理", "10.00"},
                   {"局", "", ""},
                   {"某市某中心", "", ""},
                   {"某市某所", "业务", "5.00"}});
  parse::find_unit_blocks(t, t.department);
  BOOST_REQUIRE_EQUAL(t.unit_blocks.size(), 3u);
  BOOST_TEST(t.unit_blocks[0].name == "某市某局");
  BOOST_TEST(t.unit_blocks[0].last == 1u);
  BOOST_TEST(t.rows[0][0].text == "某市某局");
  BOOST_TEST(t.unit_blocks[1].name == "某市某中心");
}

BOOST_AUTO_TEST_CASE(a_table_going_on_in_an_unjoined_part_leaves_its_last_unit_not_checked) {
  Table t = by_unit_column();
  parse::find_unit_blocks(t, t.department);
  t.pages = {5};
  Table rest = table(TableKind::Expenditure, {"科目编码", "科目名称", "合计"}, {C, L, A},
                     {{"20102", "政协事务", "1.00"}});
  rest.title = t.title;
  rest.pages = {6};
  Document doc;
  doc.tables = {t, rest};
  check::run_checks(doc);
  int not_checked = 0;
  for (const auto& c : doc.checks) {
    not_checked += c.verdict == Verdict::NotChecked;
    BOOST_TEST((c.verdict == Verdict::Ok || c.verdict == Verdict::NotChecked), c.location);
  }
  BOOST_TEST(not_checked == 2);  // the last unit's line, and the department's line = Σ units
  BOOST_TEST(count(doc.checks, "total_row_equals_top_level_rows", "ok") == 1);  // the first unit
}

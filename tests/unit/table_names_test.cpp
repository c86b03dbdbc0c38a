// Short titles in file and sheet names: the department and the year taken out, unsafe
// characters dropped, cut in whole UTF-8 characters.
#define BOOST_TEST_MODULE table_names_test
#include "emit/table_names.h"

#include <boost/test/unit_test.hpp>

#include "emit/emit.h"

using gongkai::Table;
using gongkai::TableKind;
namespace emit = gongkai::emit;

namespace {

Table table(std::string title, TableKind kind = TableKind::Income, std::string department = "") {
  Table t;
  t.title = std::move(title);
  t.kind = kind;
  t.department = std::move(department);
  return t;
}

}  // namespace

BOOST_AUTO_TEST_CASE(the_department_and_the_year_are_taken_out) {
  struct Case {
    const char* title;
    const char* department;
    const char* expected;
  } cases[] = {
      {"2024年预算收支总表", "", "预算收支总表"},
      {"山西省人民政府外事办公室2024年度部门收入预算表", "山西省人民政府外事办公室",
       "部门收入预算表"},
      {"一般公共预算支出表(2026年度)", "", "一般公共预算支出表"},
      {"2026 年深圳市财政局部门预算", "深圳市财政局", "部门预算"},
      {"收支表(按12345号文)", "", "收支表(按12345号文)"},  // digits that are no year stay
      {"支出表: A/B*C?", "", "支出表_ABC"},
      {"2024", "", ""},
  };
  for (const auto& c : cases)
    BOOST_TEST(emit::short_title(table(c.title, TableKind::Income, c.department), 32) == c.expected,
               c.title);
}

BOOST_AUTO_TEST_CASE(a_long_title_is_cut_in_whole_characters) {
  Table t = table("一般公共预算安排基本支出分经济科目表(不含上年结转)");
  BOOST_TEST(emit::short_title(t, 8) == "一般公共预算安排");
  BOOST_TEST(emit::short_title(t, 19) == "一般公共预算安排基本支出分经济科目表(");
  BOOST_TEST(emit::table_csv_name(t, 5) ==
             "06-income-一般公共预算安排基本支出分经济科目表(不含上年结转).csv");
}

BOOST_AUTO_TEST_CASE(a_table_without_a_title_keeps_the_old_name) {
  BOOST_TEST(emit::table_csv_name(table("", TableKind::Unknown), 0) == "01-unknown.csv");
}

BOOST_AUTO_TEST_CASE(sheet_names_follow_excels_rules) {
  Table t = table("[2024年]一般公共预算安排基本支出分经济科目表(不含上年结转)");
  std::string name = emit::table_sheet_name(t, 5);
  BOOST_TEST(name == "06 一般公共预算安排基本支出分经济科目表(不含上年结转)");
  std::size_t chars = 0;
  for (unsigned char c : name) chars += (c & 0xC0) != 0x80;
  BOOST_TEST(chars <= 31u);
  BOOST_TEST(emit::table_sheet_name(table("'引号'"), 0) == "01 引号");
  BOOST_TEST(emit::table_sheet_name(table("", TableKind::GeneralBudgetExpenditureEconomic), 9) ==
             "10 general_budget_expenditure_e");
}

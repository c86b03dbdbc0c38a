// emit/tidy.h on the seed through the real stages: each amount carries its meaning, and empty is
// NULL (nullopt), never "".
#define BOOST_TEST_MODULE tidy_test
#include "emit/tidy.h"

#include <algorithm>
#include <boost/test/unit_test.hpp>
#include <string>

#include "check/check.h"
#include "check/total_rows.h"
#include "extract/extract.h"
#include "parse/parse.h"
#include "tests/support.h"
#include "tests/support_built.h"

using gongkai::TableKind;
using gongkai::emit::TidyRow;

namespace {

const std::vector<TidyRow>& seed_rows() {
  static const std::vector<TidyRow> rows = [] {
    auto source = gongkai::extract::read_file(gongkai::testing::sample("sx-wsb-2024-budget.txt"));
    gongkai::Document doc = gongkai::parse::parse_document(source);
    gongkai::check::run_checks(doc);
    return gongkai::emit::tidy_rows(doc, "2024/sx-wsb-2024-budget.txt");
  }();
  return rows;
}

template <class P>
std::vector<TidyRow> where(P&& p) {
  std::vector<TidyRow> out;
  std::copy_if(seed_rows().begin(), seed_rows().end(), std::back_inserter(out), p);
  return out;
}

}  // namespace

BOOST_AUTO_TEST_CASE(columns_in_the_agreed_order) {
  auto c = gongkai::emit::tidy_columns();
  const std::vector<std::string_view> expected = {
      "document",     "department",        "year",       "document_kind", "budget_unit",
      "table_number", "table_title",       "table_kind", "page",          "row_code",
      "row_level",    "row_label",         "is_total",   "column",        "column_role",
      "column_year",  "three_public_item", "value",      "unit",          "value_yuan"};
  BOOST_TEST(std::vector<std::string_view>(c.begin(), c.end()) == expected,
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(the_general_budget_total) {
  auto rows = where([](const TidyRow& r) {
    return r.table_kind == "general_budget_expenditure" && r.is_total && r.column_role == "total";
  });
  BOOST_REQUIRE(rows.size() == 1u);
  const TidyRow& t = rows.front();
  BOOST_TEST(t.document == "2024/sx-wsb-2024-budget.txt");  // the path as given, not its base name
  BOOST_TEST(t.value == "4603.53");
  BOOST_TEST(t.value_yuan.value() == "46035300");
  BOOST_TEST(t.unit.value() == "万元");
  BOOST_TEST(t.row_label.value() == "合计");  // printed across the code and name columns
  BOOST_TEST(!t.row_code.has_value());
  BOOST_TEST(!t.row_level.has_value());
  BOOST_TEST(!t.budget_unit.has_value());
  BOOST_TEST(t.column_year.value() == 2024);
  BOOST_TEST(t.year.value() == 2024);
  BOOST_TEST(t.document_kind == "budget");
  BOOST_TEST(t.page.value() == 1);
}

BOOST_AUTO_TEST_CASE(codes_carry_their_level) {
  auto rows = where([](const TidyRow& r) {
    return r.table_kind == "general_budget_expenditure" && r.column_role == "total" && r.row_code;
  });
  BOOST_REQUIRE(!rows.empty());
  for (const TidyRow& r : rows) {
    BOOST_TEST_CONTEXT(*r.row_code) {
      BOOST_TEST(!r.is_total);
      const char* level = r.row_code->size() == 3 ? "类" : r.row_code->size() == 5 ? "款" : "项";
      BOOST_TEST(r.row_level.value() == level);
    }
  }
  auto admin = where([](const TidyRow& r) {
    return r.row_code == "2010301" && r.table_kind == "general_budget_expenditure" &&
           r.column_role == "total";
  });
  BOOST_REQUIRE(admin.size() == 1u);
  BOOST_TEST(admin.front().value == "1586.72");
  BOOST_TEST(admin.front().row_label.value() == "行政运行");
}

BOOST_AUTO_TEST_CASE(three_public_items_and_their_total) {
  auto rows = where([](const TidyRow& r) {
    return r.table_kind == "three_public_expenses" && r.column_role == "total";
  });
  std::size_t totals = 0;
  for (const TidyRow& r : rows) {
    if (!r.is_total) continue;
    ++totals;
    BOOST_TEST(r.value == "577.77");
  }
  BOOST_TEST(totals == 1u);
}

BOOST_AUTO_TEST_CASE(empty_is_null_never_an_empty_string) {
  for (const TidyRow& r : seed_rows()) {
    for (const auto* field :
         {&r.department, &r.budget_unit, &r.table_number, &r.table_title, &r.row_code, &r.row_level,
          &r.row_label, &r.column, &r.unit, &r.value_yuan})
      BOOST_TEST((!field->has_value() || !(*field)->empty()));
    BOOST_TEST(!r.value.empty());
    BOOST_TEST(!r.column_role.empty());
  }
}

namespace {

// A table of one label column and two amount columns; "" is a null cell.
gongkai::Table table_of(std::vector<std::vector<std::string>> rows) {
  gongkai::Table t;
  t.kind = TableKind::ThreePublicExpenses;
  t.columns = {"项目", "合计", "一般公共预算"};
  t.roles = {gongkai::ColumnRole::Label, gongkai::ColumnRole::Amount, gongkai::ColumnRole::Amount};
  for (const auto& r : rows) {
    std::vector<gongkai::Value> values;
    for (std::size_t c = 0; c < r.size(); ++c) {
      if (r[c].empty())
        values.push_back(gongkai::Value::null());
      else if (c == 0)
        values.push_back(gongkai::Value::of_text(r[c]));
      else
        values.push_back(gongkai::Value::of_amount(*gongkai::Decimal::parse(r[c])));
    }
    t.rows.push_back(std::move(values));
  }
  return t;
}

}  // namespace

BOOST_AUTO_TEST_CASE(totals_left_unnamed_or_printed_twice) {
  // One row of amounts and no label: the table's total (a 三公 table printed as one row).
  auto one = gongkai::check::total_rows(table_of({{"", "12.00", "12.00"}}));
  BOOST_TEST(one == (std::vector<bool>{true}), boost::test_tools::per_element());
  // A 合计 printed again on a continuation page is a total once.
  auto twice = gongkai::check::total_rows(table_of(
      {{"合计", "5.00", "5.00"}, {"公务接待费", "5.00", "5.00"}, {"合计", "5.00", "5.00"}}));
  BOOST_TEST(twice == (std::vector<bool>{true, false, false}), boost::test_tools::per_element());
  // Items without a total row: none is a total.
  auto items = gongkai::check::total_rows(
      table_of({{"因公出国(境)费", "1.00", "1.00"}, {"公务接待费", "2.00", "2.00"}}));
  BOOST_TEST(items == (std::vector<bool>{false, false}), boost::test_tools::per_element());
}

namespace {

using gongkai::ColumnRole;

// A document of one table, in 2026, through tidy_rows.
std::vector<TidyRow> tidy_of(gongkai::Table table) {
  gongkai::Document doc;
  doc.document.year = 2026;
  doc.tables.push_back(std::move(table));
  return gongkai::emit::tidy_rows(doc, "t.pdf");
}

const TidyRow& at(const std::vector<TidyRow>& rows, std::size_t r, std::size_t c) {
  auto it = std::find_if(rows.begin(), rows.end(),
                         [&](const TidyRow& t) { return t.row == r && t.col == c; });
  BOOST_REQUIRE(it != rows.end());
  return *it;
}

}  // namespace

BOOST_AUTO_TEST_CASE(years_printed_in_rows_and_items_split_by_fund) {
  // Shenzhen's 三公 table (sz-08cc7487 p.46, shortened): the year in a row, each item by fund.
  auto rows = tidy_of(gongkai::testing::table_from_printed(
      "财政拨款“三公”经费支出表", TableKind::ThreePublicExpenses,
      {"预算单位", "年度", "总计/一般公共预算", "总计/政府性基金预算",
       "因公出国(境)费/一般公共预算", "因公出国(境)费/政府性基金预算",
       "公务用车购置及运行维护费/小计/一般公共预算",
       "公务用车购置及运行维护费/公务用车购置费/一般公共预算",
       "公务用车购置及运行维护费/公务用车运行维护费/一般公共预算"},
      {ColumnRole::Label, ColumnRole::Label, ColumnRole::Amount, ColumnRole::Amount,
       ColumnRole::Amount, ColumnRole::Amount, ColumnRole::Amount, ColumnRole::Amount,
       ColumnRole::Amount},
      {{"深圳市交通运输局(本级)", "2025年", "176.01", "0.00", "129.80", "0.00", "31.10", "0.00",
        "31.10"},
       {"", "2026年", "147.90", "0.00", "115.00", "0.00", "27.80", "0.00", "27.80"},
       {"", "增减变化金额", "-28.11", "0.00", "-14.80", "0.00", "-3.30", "0.00", "-3.30"}}));
  // The row's year is the amount's; the change row's amounts are changes.
  BOOST_TEST(at(rows, 0, 4).column_year.value() == 2025);
  BOOST_TEST(at(rows, 1, 4).column_year.value() == 2026);
  BOOST_TEST(at(rows, 2, 4).column_role == "change");
  BOOST_TEST(!at(rows, 2, 4).column_year.has_value());
  BOOST_TEST(at(rows, 1, 4).column_role == "general_budget");
  // One line under one name, the table's total.
  for (std::size_t r = 0; r < 3; ++r) {
    BOOST_TEST(at(rows, r, 4).row_label.value() == "深圳市交通运输局(本级)");
    BOOST_TEST(at(rows, r, 4).is_total);
  }
  // Each fund part of an item without a whole counts; the 总计 and the group's 小计 do not.
  BOOST_TEST(at(rows, 1, 4).three_public_item.value() == "因公出国（境）");
  BOOST_TEST(at(rows, 1, 5).three_public_item.value() == "因公出国（境）");
  BOOST_TEST(at(rows, 1, 7).three_public_item.value() == "公务用车购置");
  BOOST_TEST(at(rows, 1, 8).three_public_item.value() == "公务用车运行");
  BOOST_TEST(!at(rows, 1, 2).three_public_item.has_value());
  BOOST_TEST(!at(rows, 1, 6).three_public_item.has_value());
}

BOOST_AUTO_TEST_CASE(items_as_rows_count_their_whole_not_its_fund_parts) {
  // Guangzhou's layout (gz-015554f2 p.22): items as rows, 合计 beside its parts by fund.
  auto rows = tidy_of(gongkai::testing::table_from_printed(
      "“三公”经费预算表", TableKind::ThreePublicExpenses,
      {"项目", "合计", "一般公共预算", "政府性基金预算"},
      {ColumnRole::Label, ColumnRole::Amount, ColumnRole::Amount, ColumnRole::Amount},
      {{"“三公”经费", "37.89", "37.89", "0.00"},
       {"其中:(一)因公出国(境)支出", "2.00", "2.00", "0.00"},
       {"(二)公务用车购置及运行维护支出", "34.67", "34.67", "0.00"},
       {"1.公务用车购置费", "3.60", "3.60", "0.00"},
       {"2.公务用车运行维护费", "31.07", "31.07", "0.00"},
       {"(三)公务接待费支出", "1.22", "1.22", "0.00"}}));
  BOOST_TEST(at(rows, 1, 1).three_public_item.value() == "因公出国（境）");
  BOOST_TEST(!at(rows, 1, 2).three_public_item.has_value());  // a part of the 合计 beside it
  BOOST_TEST(!at(rows, 0, 1).three_public_item.has_value());  // the 三公 total
  BOOST_TEST(!at(rows, 2, 1).three_public_item.has_value());  // the group, printed with its parts
  BOOST_TEST(at(rows, 3, 1).three_public_item.value() == "公务用车购置");
  BOOST_TEST(at(rows, 5, 1).three_public_item.value() == "公务接待");
  // No year column here: labels and roles as printed.
  BOOST_TEST(at(rows, 1, 1).row_label.value() == "其中:(一)因公出国(境)支出");
  BOOST_TEST(at(rows, 1, 1).column_role == "total");
}

BOOST_AUTO_TEST_CASE(the_vehicle_group_stands_for_its_parts_when_they_are_not_printed) {
  auto rows = tidy_of(gongkai::testing::table_from_printed(
      "“三公”经费支出表", TableKind::ThreePublicExpenses,
      {"“三公”经费合计", "因公出国(境)费", "公务用车购置及运行费", "公务接待费"},
      {ColumnRole::Amount, ColumnRole::Amount, ColumnRole::Amount, ColumnRole::Amount},
      {{"10.00", "4.00", "5.00", "1.00"}}));
  BOOST_TEST(!at(rows, 0, 0).three_public_item.has_value());
  BOOST_TEST(at(rows, 0, 2).three_public_item.value() == "公务用车购置及运行");
}

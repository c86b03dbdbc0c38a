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
      "document",     "department",  "year",       "document_kind", "budget_unit",
      "table_number", "table_title", "table_kind", "page",          "row_code",
      "row_level",    "row_label",   "is_total",   "column",        "column_role",
      "column_year",  "value",       "unit",       "value_yuan"};
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

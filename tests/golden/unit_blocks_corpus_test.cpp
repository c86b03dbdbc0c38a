// Unit blocks (issue 7) on one real document of each printed layout, from ../shared/corpus/wild:
// a 预算单位 column (Shenzhen), header rows in the label column of a 基本支出 table with a wrapped
// unit name (Guangzhou), a 单位编码 column (Xi'an). Each row carries its unit, and the identities
// of a block are checked within it.
#define BOOST_TEST_MODULE unit_blocks_corpus_test
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

namespace {

Document checked(const char* name) {
  return testing::checked(shared_dir() / "corpus" / "wild" / name);
}

// The verdicts of checks on `table` whose location starts with `location`.
std::vector<std::string> verdicts(const Document& doc, const std::string& table,
                                  const std::string& identity, const std::string& location) {
  std::vector<std::string> out;
  for (const auto& c : doc.checks)
    if (!c.tables.empty() && c.tables.front() == table && c.identity == identity &&
        c.location.starts_with(location))
      out.push_back(std::string(verdict_name(c.verdict)));
  return out;
}

int failures(const Document& doc, const std::string& table, const std::string& identity) {
  int n = 0;
  for (const auto& c : doc.checks)
    n += !c.tables.empty() && c.tables.front() == table && c.identity == identity &&
         c.verdict != Verdict::Ok && c.verdict != Verdict::Rounding;
  return n;
}

}  // namespace

BOOST_AUTO_TEST_CASE(shenzhen_unit_column, *boost::unit_test::precondition(shared_present())) {
  Document doc = checked("sz-63d734e6.pdf");
  const Table* t = table_titled(doc, "支出总表");
  BOOST_REQUIRE(t != nullptr);
  BOOST_TEST(t->unit_blocks.size() == 21u);
  BOOST_TEST(block_of(*t, 0) == nullptr);  // 深圳市人力资源和社会保障局: the department's line
  auto center = row_with(*t, "深圳市人力资源和社会保障数据管理中心");
  BOOST_REQUIRE(center.has_value());
  auto it = row_with(*t, "信息化建设");  // 2080108, the first one printed is the center's
  BOOST_REQUIRE(it.has_value());
  BOOST_TEST(block_of(*t, *it)->name == "深圳市人力资源和社会保障数据管理中心");
  auto unit = verdicts(doc, "支出总表", "total_row_equals_top_level_rows",
                       "row 深圳市人力资源和社会保障数据管理中心 = Σ rows with 3-digit codes");
  BOOST_TEST(unit.size() == 9u);  // one per money column
  for (const auto& v : unit) BOOST_TEST((v == "ok" || v == "rounding"));
  BOOST_TEST(failures(doc, "支出总表", "parent_equals_children") == 0);  // 1,413 before
  for (const auto& v : verdicts(doc, "支出总表", "total_row_equals_units", "row 深圳市人力资源"))
    BOOST_TEST((v == "ok" || v == "rounding"));
}

BOOST_AUTO_TEST_CASE(guangzhou_header_rows_and_a_wrapped_name,
                     *boost::unit_test::precondition(shared_present())) {
  Document doc = checked("gz-232c3196.pdf");
  const Table* t = table_titled(doc, "部门预算基本支出预算表");
  BOOST_REQUIRE(t != nullptr);
  auto wrapped = row_with(*t, "广州市生态与农业气象中心(广州市气候变化中心)");
  BOOST_REQUIRE(wrapped.has_value());
  BOOST_TEST(block_of(*t, *wrapped + 1)->name == "广州市生态与农业气象中心(广州市气候变化中心)");
  BOOST_TEST(t->rows[*wrapped + 1][0].text == "工资福利支出");
  auto office = verdicts(doc, "部门预算基本支出预算表", "total_row_equals_groups",
                         "row 广州市防雷减灾管理办公室 = Σ economic groups");
  BOOST_TEST(!office.empty());
  for (const auto& v : office) BOOST_TEST(v == "ok");
  BOOST_TEST(failures(doc, "部门预算基本支出预算表", "group_equals_items") == 0);  // 12 before
}

BOOST_AUTO_TEST_CASE(xian_unit_codes, *boost::unit_test::precondition(shared_present())) {
  Document doc = checked("xa-838aeef9.pdf");
  const Table* t = table_titled(doc, "部门综合预算收入总表");
  BOOST_REQUIRE(t != nullptr);
  BOOST_TEST((t->roles[0] == ColumnRole::Unit));
  auto prison = row_with(*t, "西安市公安局监所管理支队");
  BOOST_REQUIRE(prison.has_value());
  BOOST_TEST(block_of(*t, *prison)->code == "153003");
  auto whole = verdicts(doc, "部门综合预算收入总表", "total_row_equals_units", "row 合计");
  BOOST_TEST(!whole.empty());
  for (const auto& v : whole) BOOST_TEST(v == "ok");
  for (const auto& c : doc.checks)  // 153 西安市公安局 is no 类 of 153001 …
    BOOST_TEST(c.location.find("row 153") == std::string::npos, c.location);
}

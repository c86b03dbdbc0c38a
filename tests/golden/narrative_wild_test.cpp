// The narrative of real documents nobody tuned for (../shared/corpus/wild, skipped when
// absent): figures linked to the table of their subject, and the figures of a narrative whose
// tables are published as a separate file.
#define BOOST_TEST_MODULE narrative_wild_test
#include <boost/test/unit_test.hpp>

#include "check/check.h"
#include "extract/extract.h"
#include "parse/parse.h"
#include "tests/support.h"
#include "tests/support_checked.h"

using namespace gongkai;
using namespace gongkai::testing;
namespace utf = boost::unit_test;

namespace {

const Document& wild(const char* name) {
  return read_once(shared_dir() / "corpus" / "wild" / name, true);
}

const Check* check_at(const Document& doc, const std::string& identity, const std::string& where) {
  for (const Check& c : doc.checks)
    if (c.identity == identity && c.location.find(where) != std::string::npos) return &c;
  return nullptr;
}

}  // namespace

// Beijing publishes the narrative and the tables as two files: this one has no tables, and its
// figures still come out with subject, amount, unit and page (page 3: "2026 年度收入预算
// 9626.78 万元，比 2025 年年初预算数 9819.98 万元减少 193.20 万元").
BOOST_AUTO_TEST_CASE(beijing_narrative_without_tables, *utf::precondition(shared_present{})) {
  const Document& d = wild("bj-0e0df07d.pdf");
  BOOST_TEST(d.tables.empty());
  BOOST_TEST(std::any_of(d.diagnostics.begin(), d.diagnostics.end(), [](const Diagnostic& x) {
    return x.code == "tables_published_separately";
  }));
  const NarrativeFigure* income = nullptr;
  for (const auto& f : d.figures)
    if (f.subject == "2026年度收入预算") income = &f;
  BOOST_REQUIRE(income);
  BOOST_TEST(income->amount.to_string() == "9626.78");
  BOOST_TEST(income->unit == "万元");
  BOOST_TEST(income->page == 3);
  BOOST_TEST(income->section == "二、收入预算情况说明");
  BOOST_TEST(!income->not_checked.empty());
  BOOST_TEST(d.figures.size() >= 30u);
}

// Wuxi (wx-17a8236f, p. 11 and p. 20): "2026年财政拨款预算支出475,631.69万元" is the 财政拨款
// 收支总表's 支出总计 — before, it was compared with 支出总表 合计 512,434.34 and called wrong.
BOOST_AUTO_TEST_CASE(wuxi_fiscal_figure_links_to_the_fiscal_table,
                     *utf::precondition(shared_present{})) {
  const Document& d = wild("wx-17a8236f.pdf");
  const Check* c = check_at(d, "narrative:figure", "财政拨款预算支出475,631.69万元");
  BOOST_REQUIRE(c);
  BOOST_TEST(c->verdict == Verdict::Ok);
  BOOST_TEST(c->tables.front() == "财政拨款收支总表");
  // The 三公 figures go to the 三公 table, and its 合计 leaves out 会议费 and 培训费.
  c = check_at(d, "narrative:figure", "公务接待费预算支出100.37万元");
  BOOST_REQUIRE(c);
  BOOST_TEST(c->verdict == Verdict::Ok);
  BOOST_TEST(c->tables.front() == "一般公共预算“三公”经费、会议费、培训费支出表");
  c = check_at(d, "row_total_equals_parts", "“三公”经费合计");
  BOOST_REQUIRE(c);
  BOOST_TEST(c->verdict == Verdict::Ok);
  BOOST_TEST(c->location.find("培训费") == std::string::npos, c->location);
  for (const Check& x : d.checks)
    BOOST_TEST(!(x.identity.starts_with("narrative:") && x.verdict == Verdict::SourceError),
               x.location);
}

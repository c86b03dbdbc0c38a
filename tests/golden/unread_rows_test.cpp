// When extraction says it was unsure of a page (rows with amounts left as text, or columns
// inferred), a sum that fails on a table of that page is a parse doubt, never an error of the
// document; and the unruled seed says where its columns were inferred.
#define BOOST_TEST_MODULE unread_rows_test
#include <boost/test/unit_test.hpp>

#include "check/check.h"
#include "extract/extract.h"
#include "parse/parse.h"
#include "tests/support.h"

using namespace gongkai;
using namespace gongkai::testing;

namespace {

// The seed with the 2101103 row of the 收入总表 lost, as an extraction that could not place it
// would lose it: 21011's children no longer add up.
Document seed_missing_a_row() {
  Document doc = parse::parse_document(extract::read_text(sample("sx-wsb-2024-budget.txt")));
  for (auto& t : doc.tables)
    if (t.kind == TableKind::Income)
      std::erase_if(t.rows,
                    [](const auto& row) { return row[0].is_text() && row[0].text == "2101103"; });
  return doc;
}

int count(const Document& doc, Verdict verdict) {
  return static_cast<int>(std::count_if(doc.checks.begin(), doc.checks.end(),
                                        [&](const Check& c) { return c.verdict == verdict; }));
}

}  // namespace

BOOST_AUTO_TEST_CASE(a_missing_row_is_an_error_without_evidence) {
  Document doc = seed_missing_a_row();
  check::run_checks(doc);
  BOOST_TEST(count(doc, Verdict::SourceError) >= 3);  // 21011 = Σ children, in three columns
  BOOST_TEST(count(doc, Verdict::ParseDoubt) == 0);
}

BOOST_AUTO_TEST_CASE(and_a_doubt_when_extraction_said_the_page_was_unsure) {
  for (const char* code : {"rows_left_as_text", "columns_inferred"}) {
    Document doc = seed_missing_a_row();
    doc.diagnostics.push_back({Diagnostic::Severity::Warning, 1, "unsure", code});
    check::run_checks(doc);
    BOOST_TEST(count(doc, Verdict::SourceError) == 0, code);
    BOOST_TEST(count(doc, Verdict::ParseDoubt) >= 3, code);
  }
}

BOOST_AUTO_TEST_CASE(unruled_seed_reports_its_inferred_columns) {
  Document doc = parse::parse_document(extract::read_pdf(sample("sx-wsb-2024-budget-unruled.pdf")));
  check::run_checks(doc);
  std::vector<int> inferred;
  for (const auto& d : doc.diagnostics)
    if (d.code == "columns_inferred") inferred.push_back(d.page);
  // Page 11: the economic table's narrower half, placed by the likeness of the rows above.
  BOOST_TEST(inferred == (std::vector<int>{11}), boost::test_tools::per_element());
  // The arithmetic holds. One structure doubt is gongkai's own: the empty 表八 printed beside the
  // empty 表七 on page 12 is not read as a table of its own without ruling lines.
  std::vector<const Check*> failed;
  for (const auto& c : doc.checks)
    if (is_failure(c.verdict)) failed.push_back(&c);
  BOOST_TEST_REQUIRE(failed.size() == 1u);
  BOOST_TEST(failed[0]->identity == "structure:toc_table_found");
  BOOST_TEST(failed[0]->verdict == Verdict::ParseDoubt);
  BOOST_TEST(failed[0]->location.find("表八") != std::string::npos);
}

// The seed PDF against the seed text: the same document, so the same 13 numbered tables, cell
// for cell (a differential test of the PDF path against the text path).
#define BOOST_TEST_MODULE seed_pdf_test
#include <boost/test/unit_test.hpp>

#include "extract/extract.h"
#include "parse/parse.h"
#include "tests/support.h"
#include "tests/support_tables.h"

using namespace gongkai;
using namespace gongkai::testing;

namespace {

const Document& from_pdf() {
  static const Document doc =
      parse::parse_document(extract::read_pdf(sample("sx-wsb-2024-budget-ruled.pdf")));
  return doc;
}
const Document& from_text() {
  static const Document doc =
      parse::parse_document(extract::read_text(sample("sx-wsb-2024-budget.txt")));
  return doc;
}

// Rows as printed text ("null" for empty), for a readable failure message.
std::vector<std::string> row_texts(const Table& t) {
  std::vector<std::string> out;
  for (const auto& row : t.rows) {
    std::string line;
    for (const auto& v : row) line += (v.is_null() ? std::string("null") : v.text) + " | ";
    out.push_back(line);
  }
  return out;
}

}  // namespace

BOOST_AUTO_TEST_CASE(document_metadata_matches) {
  BOOST_TEST(from_pdf().source.format == "pdf");
  BOOST_TEST(from_pdf().source.page_count == 37);
  BOOST_TEST(from_pdf().document.department == from_text().document.department);
  BOOST_TEST(from_pdf().document.year == 2024);
  BOOST_TEST(from_pdf().document.kind == "budget");
}

BOOST_AUTO_TEST_CASE(thirteen_tables_cell_for_cell) {
  BOOST_REQUIRE(from_pdf().tables.size() >= 13u);
  for (std::size_t i = 0; i < 13; ++i) {
    const Table& p = from_pdf().tables[i];
    const Table& t = from_text().tables[i];
    BOOST_TEST_CONTEXT(t.title) {
      BOOST_TEST(p.title == t.title);
      BOOST_TEST(p.number == t.number);
      BOOST_TEST(p.kind == t.kind);
      BOOST_TEST(p.unit == t.unit);
      BOOST_TEST(p.empty == t.empty);
      BOOST_TEST(p.columns == t.columns, boost::test_tools::per_element());
      BOOST_TEST(row_texts(p) == row_texts(t), boost::test_tools::per_element());
    }
  }
}

BOOST_AUTO_TEST_CASE(pages_are_the_printed_pages) {
  // 收支总表 runs over two pages of the PDF; the text has no page breaks.
  const auto& summary = table_of_kind(from_pdf(), TableKind::IncomeExpenditureSummary);
  BOOST_TEST(summary.pages.size() == 2u);
  BOOST_TEST(cell(summary, "三十、抗疫特别国债安排的支出", "收入/项目") == "null");
  BOOST_TEST(cell(table_of_kind(from_pdf(), TableKind::GeneralBudgetExpenditure), "合计",
                  "2024年预算数/合计") == "4603.53");
}

// The seed rendered again without rulings, in another font (WenQuanYi Micro Hei) with rows and
// columns printed far closer (samples/sx-wsb-2024-budget-tight.pdf, made by
// scripts/make-tight-sample): unruled reading must not depend on one generator's spacing. Both
// unruled renderings are scored against the seed text, amount by amount, as seed-check does.
#define BOOST_TEST_MODULE pdf_tight_test
#include <boost/test/unit_test.hpp>
#include <string>
#include <vector>

#include "extract/extract.h"
#include "parse/parse.h"
#include "tests/support.h"
#include "tests/support_facts.h"
#include "tests/support_tables.h"

using namespace gongkai;
using namespace gongkai::testing;

namespace {

// The seed's 13 numbered tables.
constexpr std::size_t kSeedTables = 13;

const Document& from_text() {
  static const Document doc =
      parse::parse_document(extract::read_text(sample("sx-wsb-2024-budget.txt")));
  return doc;
}

struct Score {
  int want = 0, found = 0, extra = 0;
};

// Each seed table against the PDF table of the same title, amount by amount.
Score score(const Document& pdf) {
  Score s;
  BOOST_REQUIRE(from_text().tables.size() >= kSeedTables);
  for (std::size_t i = 0; i < kSeedTables; ++i) {
    const Table& truth = from_text().tables[i];
    Facts want = facts(grid_of(truth)), got;
    for (const auto& t : pdf.tables)
      if (t.title == truth.title) {
        got = facts(grid_of(t));
        break;
      }
    for (const auto& [f, n] : want) {
      s.want += n;
      s.found += std::min(n, got.contains(f) ? got[f] : 0);
    }
    for (const auto& [f, n] : got) {
      const int extra = n - (want.contains(f) ? want[f] : 0);
      if (extra <= 0) continue;
      s.extra += extra;
      BOOST_TEST_MESSAGE(truth.title << ": extra " << std::get<0>(f) << " #" << std::get<1>(f)
                                     << " " << std::get<2>(f));
    }
  }
  return s;
}

const Document& tight() {
  static const Document doc =
      parse::parse_document(extract::read_pdf(sample("sx-wsb-2024-budget-tight.pdf")));
  return doc;
}

}  // namespace

BOOST_AUTO_TEST_CASE(every_amount_of_both_unruled_renderings) {
  for (const char* name : {"sx-wsb-2024-budget-tight.pdf", "sx-wsb-2024-budget-unruled.pdf"}) {
    BOOST_TEST_CONTEXT(name) {
      const Score s = score(parse::parse_document(extract::read_pdf(sample(name))));
      BOOST_TEST(s.want == 384);
      BOOST_TEST(s.found == 384);
      BOOST_TEST(s.extra == 0);
    }
  }
}

// Rows 2 pt apart: the second line of a wrapped name is as close to the row under it as to its
// own, yet it stays in its own row, and the row under it keeps its name.
BOOST_AUTO_TEST_CASE(wrapped_name_in_tight_rows) {
  const Table& income = table_of_kind(tight(), TableKind::Income);
  BOOST_TEST(cell(income, "2010399", "本年收入/合计") == "86.45");
  const auto& row = row_labelled(income, "2010399");
  BOOST_TEST(row[1].text == "其他政府办公厅(室)及相关机构事务支出");
  BOOST_TEST(row_labelled(income, "20199")[1].text == "其他一般公共服务支出");
  BOOST_TEST(cell(income, "20199", "本年收入/合计") == "323.50");
}

// The 财政拨款收支总表 starts at the foot of page 4 with its header and a single row of amounts.
BOOST_AUTO_TEST_CASE(table_starting_at_the_foot_of_a_page) {
  const Table& grants = table_of_kind(tight(), TableKind::FiscalAppropriationSummary);
  BOOST_TEST(grants.pages.front() == 4);
  const auto& row = row_labelled(grants, "一、一般公共预算");
  BOOST_TEST(row[1].text == "4603.53");
  BOOST_TEST(row[3].text == "3902.14");
}

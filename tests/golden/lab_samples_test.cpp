// The spreadsheet-export PDFs of samples/lab (made by scripts/make-lab-samples: landscape and
// portrait pages, names wrapped in their cells, headers repeated or not, a merged two-row
// header, thousands separators, full-width digits, with and without cell borders) against the
// values their generator wrote beside them (NAME.tsv). Every amount is compared by (row label,
// column place within its group of amount columns, value), the rule of
// ../shared/tools/tablefacts.py, so that an amount put in another row or column counts as wrong.
#define BOOST_TEST_MODULE lab_samples_test
#include <algorithm>
#include <boost/test/unit_test.hpp>
#include <fstream>
#include <map>
#include <optional>
#include <string>
#include <tuple>
#include <vector>

#include "extract/extract.h"
#include "normalize/normalize.h"
#include "parse/parse.h"
#include "tests/support.h"
#include "tests/support_facts.h"

using namespace gongkai;
namespace fs = std::filesystem;

namespace {

using testing::facts;
using testing::Facts;
using testing::Grid;
using testing::grid_of;
using testing::label_key;

// Every lab table must come out whole: the share of expected amounts found.
constexpr double kFoundShare = 1.0;

// NAME.tsv: a title line, then the table's tab-separated rows; blank lines between tables.
std::map<std::string, Grid> expected_tables(const fs::path& tsv) {
  std::map<std::string, Grid> tables;
  std::ifstream in(tsv);
  std::string line, title;
  while (std::getline(in, line)) {
    if (line.empty()) continue;
    if (line.find('\t') == std::string::npos) {
      title = label_key(line);
      continue;
    }
    std::vector<std::string> cells;
    std::size_t start = 0;
    for (std::size_t tab; (tab = line.find('\t', start)) != std::string::npos; start = tab + 1)
      cells.push_back(line.substr(start, tab - start));
    cells.push_back(line.substr(start));
    tables[title].push_back(std::move(cells));
  }
  return tables;
}

struct Score {
  int want = 0, found = 0, wrong = 0;
};

Score score(const fs::path& pdf) {
  const Document doc = parse::parse_document(extract::read_pdf(pdf));
  Score s;
  for (const auto& [title, grid] : expected_tables(fs::path(pdf).replace_extension(".tsv"))) {
    Facts want = facts(grid), got;
    for (const auto& t : doc.tables)
      if (label_key(t.title) == title)
        for (const auto& [f, n] : facts(grid_of(t))) got[f] += n;
    for (const auto& [f, n] : want) {
      s.want += n;
      s.found += std::min(n, got.contains(f) ? got[f] : 0);
    }
    for (const auto& [f, n] : got) {
      int extra = n - (want.contains(f) ? want[f] : 0);
      if (extra > 0) {
        s.wrong += extra;
        BOOST_TEST_MESSAGE(pdf.filename() << ": wrong " << std::get<0>(f) << " #" << std::get<1>(f)
                                          << " " << std::get<2>(f));
      }
    }
  }
  return s;
}

}  // namespace

BOOST_AUTO_TEST_CASE(every_lab_amount_in_its_row_and_column) {
  std::vector<fs::path> pdfs;
  for (const auto& e : fs::directory_iterator(testing::sample("lab")))
    if (e.path().extension() == ".pdf") pdfs.push_back(e.path());
  std::sort(pdfs.begin(), pdfs.end());
  BOOST_REQUIRE(pdfs.size() >= 5u);
  for (const auto& pdf : pdfs) {
    BOOST_TEST_CONTEXT(pdf.filename()) {
      BOOST_REQUIRE(fs::exists(fs::path(pdf).replace_extension(".tsv")));
      const Score s = score(pdf);
      BOOST_TEST_MESSAGE(pdf.filename()
                         << ": " << s.found << "/" << s.want << ", wrong " << s.wrong);
      BOOST_TEST(s.want > 200);
      BOOST_TEST(s.wrong == 0);
      BOOST_TEST(s.found >= kFoundShare * s.want);
    }
  }
}

// Without borders the group headers 收入 / 支出 sit in the white space between their columns;
// they name the halves of the side-by-side table instead of making empty columns of their own.
BOOST_AUTO_TEST_CASE(side_by_side_group_headers_without_borders) {
  for (const char* name : {"lab-landscape-ruled.pdf", "lab-landscape-unruled.pdf"}) {
    Document doc = parse::parse_document(extract::read_pdf(testing::sample("lab") / name));
    BOOST_REQUIRE(!doc.tables.empty());
    BOOST_TEST(doc.tables.front().columns == (std::vector<std::string>{"收入/项目", "收入/预算数",
                                                                       "支出/项目", "支出/预算数"}),
               boost::test_tools::per_element());
  }
}

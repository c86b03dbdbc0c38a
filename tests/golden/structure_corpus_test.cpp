// Structure checks (issue 11) on real documents: the five misses planted in the altered final
// account are found, its original shows none of them, the seed shows none and its three empty
// tables carry their reasons. Every structure finding on corpus/real and corpus/wild is listed,
// read on its page, in tests/data/misprints.tsv with the sums' (corpus_ledger_test).
#define BOOST_TEST_MODULE structure_corpus_test
#include <algorithm>
#include <boost/test/unit_test.hpp>
#include <fstream>
#include <iostream>
#include <mutex>
#include <set>
#include <sstream>
#include <thread>

#include "check/check.h"
#include "extract/extract.h"
#include "parse/parse.h"
#include "tests/support.h"
#include "tests/support_checked.h"

using namespace gongkai;
using namespace gongkai::testing;

namespace {

bool is_structure_finding(const Check& c) {
  return c.identity.starts_with("structure:") && is_failure(c.verdict);
}

const Check* failing(const Document& doc, std::string_view identity, std::string_view text) {
  for (const auto& c : doc.checks)
    if (c.identity == identity && is_failure(c.verdict) &&
        (c.location + c.note).find(text) != std::string::npos)
      return &c;
  return nullptr;
}

}  // namespace

BOOST_AUTO_TEST_CASE(the_altered_final_account_shows_its_five_misses,
                     *boost::unit_test::precondition(shared_present())) {
  Document doc = checked(real_pdf("sh-pt-czj-2024-final-altered.pdf"));
  const Check* removed = failing(doc, "structure:toc_table_found", "支出决算表");
  BOOST_TEST_REQUIRE(removed);
  BOOST_TEST(removed->verdict == Verdict::SourceError);
  BOOST_TEST(failing(doc, "structure:empty_table_narrative_figure", "0.95万元"));
  BOOST_TEST(failing(doc, "structure:placeholder", "上海市普陀区XX局"));
  BOOST_TEST(failing(doc, "structure:year", "2023年度部门决算情况说明"));
  BOOST_TEST(failing(doc, "structure:year", "截至2023年12月31日"));
  BOOST_TEST(failing(doc, "structure:repeated_punctuation", "。。"));
  // The identities the removed table stops are listed, not dropped.
  BOOST_TEST(std::any_of(doc.checks.begin(), doc.checks.end(), [](const Check& c) {
    return c.verdict == Verdict::NotChecked && c.identity.starts_with("cross_table:");
  }));
}

BOOST_AUTO_TEST_CASE(its_original_shows_none_of_them,
                     *boost::unit_test::precondition(shared_present())) {
  Document doc = checked(real_pdf("sh-pt-czj-2024-final.pdf"));
  for (const auto& c : doc.checks) BOOST_TEST(!is_structure_finding(c), c.identity << c.location);
}

BOOST_AUTO_TEST_CASE(the_seed_shows_none_and_its_empty_tables_say_why) {
  for (const char* name : {"sx-wsb-2024-budget.txt", "sx-wsb-2024-budget-ruled.pdf"}) {
    Document doc = checked(sample(name));
    for (const auto& c : doc.checks)
      BOOST_TEST(!is_structure_finding(c), name << ": " << c.identity << " " << c.location);
    int reasons = 0;
    for (const auto& c : doc.checks)
      if (c.identity == "structure:empty_table_reason" && c.verdict == Verdict::Ok &&
          c.note.find("本表无数据") != std::string::npos)
        ++reasons;
    BOOST_TEST(reasons == 3, name);
  }
}

// The check stage on real documents: the seed (samples/sx-wsb-2024-budget.txt) through
// extract → parse → check must make many checks and fail none.
#define BOOST_TEST_MODULE check_corpus_test
#include <boost/test/unit_test.hpp>
#include <iostream>

#include "check/check.h"
#include "extract/extract.h"
#include "parse/parse.h"
#include "tests/support.h"

using namespace gongkai;
using namespace gongkai::testing;

namespace {

Document checked(const std::filesystem::path& path) {
  Document doc = parse::parse_document(extract::read_file(path));
  check::run_checks(doc);
  return doc;
}

void dump(const Document& doc) {
  if (std::getenv("GONGKAI_DUMP_TABLES"))
    for (const auto& t : doc.tables) {
      std::cout << "== " << t.kind << " | " << t.title << " | " << t.unit << " | empty=" << t.empty << "\n";
      for (std::size_t c = 0; c < t.columns.size(); ++c)
        std::cout << "  [" << c << "] " << t.columns[c] << " role=" << int(t.roles[c]) << "\n";
      for (std::size_t r = 0; r < t.rows.size() && r < 3; ++r) {
        std::cout << "  row:";
        for (const auto& v : t.rows[r]) std::cout << " {" << int(v.kind) << ":" << v.text << "}";
        std::cout << "\n";
      }
    }
  if (!std::getenv("GONGKAI_DUMP_CHECKS")) return;
  for (const auto& c : doc.checks)
    std::cout << c.verdict << "\t" << c.identity << "\t" << c.location << "\t"
              << (c.expected ? c.expected->to_string() : "-") << "\t"
              << (c.found ? c.found->to_string() : "-") << "\t" << c.note << "\n";
}

}  // namespace

BOOST_AUTO_TEST_CASE(seed_has_no_failed_check) {
  Document doc = checked(sample("sx-wsb-2024-budget.txt"));
  dump(doc);
  auto s = check::summarize(doc.checks);
  BOOST_TEST_MESSAGE(check::summary_line("sx-wsb-2024-budget.txt", s));
  BOOST_TEST(s.failed() == 0);
  BOOST_TEST(s.total() >= 0);
}

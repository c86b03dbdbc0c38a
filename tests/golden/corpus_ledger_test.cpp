// The corpus ledger: every document of ../shared/corpus/real and ../shared/corpus/wild gets the
// number of checks of each verdict written in tests/data/corpus-ledger.tsv, and every
// source_error it reports is listed in tests/data/misprints.tsv (file, page, identity, location,
// and why it is a misprint). A check cannot quietly vanish, and a document cannot be accused
// without the accusation being on the list. After a deliberate change, regenerate both with
// scripts/corpus-ledger (it keeps the reasons of entries that stay) and review the diff.
#define BOOST_TEST_MODULE corpus_ledger_test
#include <boost/test/unit_test.hpp>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "check/check.h"
#include "extract/extract.h"
#include "parse/parse.h"
#include "tests/support.h"
#include "tests/support_checked.h"

using namespace gongkai;
using namespace gongkai::testing;

namespace {

std::vector<std::vector<std::string>> read_tsv(const std::filesystem::path& path) {
  std::ifstream in(path);
  BOOST_REQUIRE_MESSAGE(in, "cannot read " << path);
  std::vector<std::vector<std::string>> rows;
  for (std::string line; std::getline(in, line);) {
    if (line.empty() || line.front() == '#') continue;
    std::vector<std::string> fields;
    std::istringstream cells(line);
    for (std::string f; std::getline(cells, f, '\t');) fields.push_back(f);
    rows.push_back(std::move(fields));
  }
  return rows;
}

std::filesystem::path data(const char* name) {
  return source_dir() / "tests" / "data" / name;
}

// One document's verdict counts, in the ledger's column order.
std::string counts(const Document& doc) {
  std::map<Verdict, int> n;
  for (const auto& c : doc.checks) ++n[c.verdict];
  std::string out;
  for (Verdict v : kVerdicts) out += (out.empty() ? "" : "\t") + std::to_string(n[v]);
  return out;
}

using Accusation = std::string;  // file \t identity \t location

// Whitespace runs as one space, as scripts/corpus-ledger writes locations.
std::string clean(const std::string& text) {
  std::istringstream words(text);
  std::string out;
  for (std::string w; words >> w;) out += (out.empty() ? "" : " ") + w;
  return out;
}

void compare_set(const char* set) {
  std::map<std::string, std::string> ledger;  // file -> counts
  for (const auto& row : read_tsv(data("corpus-ledger.tsv")))
    if (row.size() == 3 + kVerdicts.size() - 1 && row[0] == set) {
      std::string c = row[2];
      for (std::size_t i = 3; i < row.size(); ++i) c += "\t" + row[i];
      ledger[row[1]] = c;
    }
  std::multiset<Accusation> listed;
  for (const auto& row : read_tsv(data("misprints.tsv")))
    if (row.size() >= 5 && row[0] == set) {
      listed.insert(row[1] + "\t" + row[3] + "\t" + row[4]);
      // An accusation stays only with the reason a reader of the page gave.
      BOOST_TEST((row.size() == 6 && !row[5].empty() && row[5] != "UNREVIEWED"),
                 "misprints.tsv: no reason read on the page for " << row[1] << " " << row[4]);
    }

  std::multiset<Accusation> reported;
  std::set<std::string> seen;
  for (const auto& entry : std::filesystem::directory_iterator(shared_dir() / "corpus" / set)) {
    if (entry.path().extension() != ".pdf") continue;
    const std::string file = entry.path().filename().string();
    seen.insert(file);
    Document doc;
    try {
      doc = checked(entry.path());
    } catch (const std::exception& e) {
      BOOST_TEST_MESSAGE(file << ": " << e.what());
    }
    auto it = ledger.find(file);
    BOOST_TEST_CONTEXT(set << "/" << file) {
      BOOST_TEST((it != ledger.end()), "not in tests/data/corpus-ledger.tsv");
      if (it != ledger.end()) BOOST_TEST(counts(doc) == it->second);
    }
    for (const auto& c : doc.checks)
      if (c.verdict == Verdict::SourceError)
        reported.insert(file + "\t" + c.identity + "\t" + clean(c.location));
  }
  for (const auto& [file, c] : ledger)
    BOOST_TEST(seen.count(file) == 1,
               set << "/" << file << " is in the ledger but not in the corpus");
  for (const auto& a : reported)
    BOOST_TEST(listed.count(a) >= reported.count(a), "source_error not in misprints.tsv: " << a);
  for (const auto& a : listed)
    BOOST_TEST(reported.count(a) >= listed.count(a), "listed misprint no longer reported: " << a);
}

}  // namespace

BOOST_AUTO_TEST_CASE(real_corpus_matches_the_ledger,
                     *boost::unit_test::precondition(shared_present{})) {
  compare_set("real");
}

BOOST_AUTO_TEST_CASE(wild_corpus_matches_the_ledger,
                     *boost::unit_test::precondition(shared_present{})) {
  compare_set("wild");
}

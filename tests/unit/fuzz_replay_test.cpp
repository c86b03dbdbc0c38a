#define BOOST_TEST_MODULE fuzz_replay_test
// Every seed of fuzz/corpus through the fuzzer's pipeline (fuzz/pipeline.h), without clang or
// libFuzzer: a crash or an escaping exception found once stays fixed. A new finding is kept by
// copying it into fuzz/corpus.
#include <algorithm>
#include <boost/test/unit_test.hpp>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "fuzz/pipeline.h"
#include "tests/support.h"

namespace fs = std::filesystem;

namespace {

std::vector<fs::path> seeds() {
  std::vector<fs::path> files;
  for (const auto& entry :
       fs::directory_iterator(gongkai::testing::source_dir() / "fuzz" / "corpus"))
    if (entry.is_regular_file()) files.push_back(entry.path());
  std::sort(files.begin(), files.end());
  return files;
}

std::string read_bytes(const fs::path& file) {
  std::ifstream in(file, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), {}};
}

}  // namespace

BOOST_AUTO_TEST_CASE(the_seed_corpus_is_there) {
  BOOST_TEST(seeds().size() >= 5u);
}

BOOST_AUTO_TEST_CASE(every_seed_runs_through_the_pipeline) {
  for (const auto& file : seeds()) {
    BOOST_TEST_CONTEXT("seed " << file.filename().string()) {
      BOOST_CHECK_NO_THROW(gongkai::fuzz::run_text_pipeline(read_bytes(file)));
    }
  }
}

// Prefixes of every seed: inputs cut mid-line, mid-table and mid-UTF-8 sequence.
BOOST_AUTO_TEST_CASE(every_prefix_of_a_seed_runs_through_the_pipeline) {
  for (const auto& file : seeds()) {
    std::string bytes = read_bytes(file);
    for (std::size_t n = 0; n <= bytes.size(); n += 7) {
      BOOST_TEST_CONTEXT("seed " << file.filename().string() << ", first " << n << " bytes") {
        BOOST_CHECK_NO_THROW(
            gongkai::fuzz::run_text_pipeline(std::string_view(bytes).substr(0, n)));
      }
    }
  }
}

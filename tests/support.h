// Shared by the tests: where the samples and ../shared are.
#pragma once

#include <boost/test/unit_test.hpp>
#include <filesystem>

namespace gongkai::testing {

inline std::filesystem::path source_dir() {
  return GONGKAI_SOURCE_DIR;
}
inline std::filesystem::path binary_dir() {
  return GONGKAI_BINARY_DIR;
}
inline std::filesystem::path sample(const char* name) {
  return source_dir() / "samples" / name;
}
inline std::filesystem::path shared_dir() {
  return source_dir() / ".." / "shared";
}
inline std::filesystem::path real_pdf(const char* name) {
  return shared_dir() / "corpus" / "real" / name;
}

// Boost.Test precondition: skip (with a message in the log) when ../shared is not beside the repo.
struct shared_present {
  boost::test_tools::assertion_result operator()(boost::unit_test::test_unit_id) const {
    boost::test_tools::assertion_result ok(std::filesystem::exists(shared_dir() / "corpus"));
    if (!ok) ok.message() << "../shared/corpus is absent: skipped";
    return ok;
  }
};

}  // namespace gongkai::testing

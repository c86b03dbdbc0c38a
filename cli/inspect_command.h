// `gongkai inspect FILE.pdf --page N`: the debugging view of one page.
#pragma once

#include <filesystem>

namespace gongkai::cli {

struct InspectOptions {
  std::filesystem::path file;
  int page = 1;
  std::filesystem::path png;  // empty: no picture
};

int run_inspect(const InspectOptions& options);

}  // namespace gongkai::cli

// `gongkai review FILE_OR_FOLDER... -o DIR`: an HTML report per document and an index.
#pragma once

#include <filesystem>
#include <vector>

namespace gongkai::cli {

struct ReviewCommandOptions {
  std::vector<std::filesystem::path> inputs;  // files, or folders searched for .pdf and .txt
  std::filesystem::path output = "review";
  double dpi = 120;
  bool quiet = false;
};

// Exit codes: 0 every report written; 1 some input could not be read (named on stderr).
int run_review(const ReviewCommandOptions& options);

}  // namespace gongkai::cli

// The README's one-line answers (section "One-line answers"), read from README.md itself so that
// what the tests run is exactly what a user copies: the SQL blocks in order (a), (b), (c).
#pragma once

#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

namespace gongkai::testing {

// The bodies of the ```lang blocks of the README's "## One-line answers" section, in order.
inline std::vector<std::string> readme_blocks(const std::string& readme_path,
                                              const std::string& lang) {
  std::ifstream in(readme_path);
  std::stringstream buffer;
  buffer << in.rdbuf();
  std::string text = buffer.str();
  auto begin = text.find("\n## One-line answers");
  if (begin == std::string::npos) throw std::runtime_error("README: no One-line answers section");
  auto end = text.find("\n## ", begin + 1);
  std::string section = text.substr(begin, end - begin);
  std::vector<std::string> blocks;
  std::string fence = "```" + lang + "\n";
  for (auto at = section.find(fence); at != std::string::npos; at = section.find(fence, at)) {
    at += fence.size();
    auto close = section.find("```", at);
    blocks.push_back(section.substr(at, close - at));
    at = close + 3;
  }
  return blocks;
}

}  // namespace gongkai::testing

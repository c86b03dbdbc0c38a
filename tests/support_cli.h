// Shared by the command-line tests: run build/gongkai in a scratch folder, read what it wrote.
#pragma once

#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "tests/support.h"

namespace gongkai::testing {

struct Run {
  int exit_code;
  std::string out;
  std::string err;
};

inline std::string slurp(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

// Runs `prefix` (shell set-up, may be empty) then build/gongkai with `args` in `dir`.
inline Run run_gongkai(const std::string& args, const std::filesystem::path& dir,
                       const std::string& prefix = "") {
  std::string cmd = "cd '" + dir.string() + "' && { " + prefix + " '" +
                    (binary_dir() / "gongkai").string() + "' " + args +
                    " >stdout.txt 2>stderr.txt; }";
  int status = std::system(cmd.c_str());
  return {WIFEXITED(status) ? WEXITSTATUS(status) : -1, slurp(dir / "stdout.txt"),
          slurp(dir / "stderr.txt")};
}

inline std::filesystem::path fresh_dir(const std::string& name) {
  std::filesystem::path dir = std::filesystem::temp_directory_path() /
                              ("gongkai-cli-test-" + name + "-" + std::to_string(::getpid()));
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  return dir;
}

inline bool contains(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

}  // namespace gongkai::testing

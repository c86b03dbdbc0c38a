// Which files a `convert` run reads, and under which names their outputs go.
//
//   auto found = gongkai::cli::find_inputs({"downloads", "extra/a.pdf"});
//   for (const auto& in : found.files) ... in.path, in.key ("2018/部门预算.pdf"), in.stem ...
//   for (const auto& p : found.problems) ... p.path, p.message ...
//
// Folders are searched (sorted, reproducible) for .pdf and .txt files; symbolic links to folders
// are not followed (no loops). Outputs mirror the input's path below the folder given, so that
// `2018/部门预算.pdf` and `2019/部门预算.pdf` never share an output name. A path that cannot be
// used (missing, a symbolic link loop, an unreadable folder, a named pipe) is a problem of its
// own: it is named, and the other inputs go on.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace gongkai::cli {

struct Input {
  std::filesystem::path path;  // where to read it
  std::string key;             // its path below the folder given ("2018/部门预算.pdf"), '/'
                               // separated; the file name for a file given by itself. Unique.
  std::string stem;            // the outputs' path below OUTDIR without extension: STEM.json
                               // and STEM/NN-KIND.csv. Unique, never a folder of another stem.
};

struct InputProblem {
  std::string path;
  std::string message;
  bool not_a_file = false;  // a named pipe, socket or device: skipped, not attempted
};

struct FoundInputs {
  std::vector<Input> files;
  std::vector<InputProblem> problems;
};

FoundInputs find_inputs(const std::vector<std::filesystem::path>& given);

}  // namespace gongkai::cli

// Writes a file so that it appears whole or not at all: content goes to a temporary file in the
// same folder, which replaces the target only on commit(). Destroyed without commit (an
// exception, a bad input), the temporary is removed and the target left as it was.
//
//   gongkai::emit::AtomicFile file(dir / "a.json");
//   file.stream() << json;
//   file.commit();
#pragma once

#include <filesystem>
#include <fstream>

namespace gongkai::emit {

class AtomicFile {
 public:
  explicit AtomicFile(std::filesystem::path target);
  ~AtomicFile();
  AtomicFile(const AtomicFile&) = delete;
  AtomicFile& operator=(const AtomicFile&) = delete;

  std::ostream& stream() { return out_; }
  // Flushes, checks the stream and renames over the target. Throws std::runtime_error on failure.
  void commit();

 private:
  std::filesystem::path target_;
  std::filesystem::path temp_;
  std::ofstream out_;
  bool committed_ = false;
};

}  // namespace gongkai::emit

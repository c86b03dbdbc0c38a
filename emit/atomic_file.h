// Writes a file so that it appears whole or not at all: content goes to a temporary file in the
// same folder, which replaces the target only on commit(). Destroyed without commit (an
// exception, a bad input), the temporary is removed and the target left as it was.
//
//   gongkai::emit::AtomicFile file(dir / "a.json");
//   file.stream() << json;
//   file.commit();
//
// Temporary names are unique per process, thread and file (`a.json.gongkai-tmp-PID-N`), so that
// two threads writing outputs of the same name never share one, and they carry a marker that
// no input's output name can (is_temporary_name), so a later run can clean up after a killed one.
// Errors name the target and give the system's reason ("No space left on device").
#pragma once

#include <filesystem>
#include <memory>
#include <ostream>
#include <string_view>

namespace gongkai::emit {

// A fresh temporary path beside `target` (nothing is created).
std::filesystem::path temporary_path(const std::filesystem::path& target);
// True for names made by temporary_path(), and for those of earlier versions
// (`a.json.tmp-123`, `x.sqlite.tmp-123`).
bool is_temporary_name(std::string_view file_name);

class AtomicFile {
 public:
  explicit AtomicFile(std::filesystem::path target);
  ~AtomicFile();
  AtomicFile(const AtomicFile&) = delete;
  AtomicFile& operator=(const AtomicFile&) = delete;

  std::ostream& stream();
  // Flushes, checks every write and renames over the target. Throws std::runtime_error naming
  // the target and the system's reason.
  void commit();

 private:
  class Buffer;
  std::filesystem::path target_;
  std::filesystem::path temp_;
  std::unique_ptr<Buffer> buffer_;
  std::unique_ptr<std::ostream> out_;
  bool committed_ = false;
};

// A folder written the same way: files go into a temporary folder that replaces the target
// folder on commit().
class AtomicDir {
 public:
  explicit AtomicDir(std::filesystem::path target);
  ~AtomicDir();
  AtomicDir(const AtomicDir&) = delete;
  AtomicDir& operator=(const AtomicDir&) = delete;

  const std::filesystem::path& path() const { return temp_; }  // where to write the files
  void commit();

 private:
  std::filesystem::path target_;
  std::filesystem::path temp_;
  bool committed_ = false;
};

}  // namespace gongkai::emit

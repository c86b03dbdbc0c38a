// The fatal channel: a file that cannot be read at all. Names the file and, where known, the page,
// so that a batch can report it and go on with the next file.
#pragma once

#include <stdexcept>
#include <string>

namespace gongkai {

class FileError : public std::runtime_error {
 public:
  FileError(std::string file, int page, const std::string& message)
      : std::runtime_error(describe(file, page, message)), file_(std::move(file)), page_(page) {}

  const std::string& file() const { return file_; }
  int page() const { return page_; }  // 0: the whole file

 private:
  static std::string describe(const std::string& file, int page, const std::string& message) {
    return page > 0 ? file + ": page " + std::to_string(page) + ": " + message
                    : file + ": " + message;
  }
  std::string file_;
  int page_;
};

}  // namespace gongkai

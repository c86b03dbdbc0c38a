#include "emit/atomic_file.h"

#include <unistd.h>

#include <stdexcept>
#include <system_error>

namespace gongkai::emit {

AtomicFile::AtomicFile(std::filesystem::path target) : target_(std::move(target)) {
  temp_ = target_;
  temp_ += ".tmp-" + std::to_string(::getpid());
  out_.open(temp_, std::ios::binary | std::ios::trunc);
  if (!out_) throw std::runtime_error("cannot write " + temp_.string());
}

AtomicFile::~AtomicFile() {
  if (committed_) return;
  out_.close();
  std::error_code ignored;
  std::filesystem::remove(temp_, ignored);
}

void AtomicFile::commit() {
  out_.flush();
  if (!out_) throw std::runtime_error("write failed: " + temp_.string());
  out_.close();
  std::filesystem::rename(temp_, target_);
  committed_ = true;
}

}  // namespace gongkai::emit

// One run at a time per output folder (and per store): a lock file held with flock(2) for the
// run's lifetime, holding who holds it. The kernel drops the lock when the process ends, however
// it ends, so a killed run never leaves a stale lock.
//
//   RunLock lock(out_dir / ".gongkai.lock", "out");  // throws LockedError naming the holder
#pragma once

#include <filesystem>
#include <stdexcept>
#include <string>

namespace gongkai::cli {

struct LockedError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

class RunLock {
 public:
  // `what` names the thing locked in the message ("the folder out").
  RunLock(const std::filesystem::path& file, const std::string& what);
  ~RunLock();
  RunLock(const RunLock&) = delete;
  RunLock& operator=(const RunLock&) = delete;

 private:
  int fd_ = -1;
};

}  // namespace gongkai::cli

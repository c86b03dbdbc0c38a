// Limits on the work spent on one file, so that no input can hang a batch: a deadline for the
// thread converting it (--timeout), and a run-wide cancel (Ctrl-C). Loops whose length an input
// decides call check_work_limit(); poppler polls work_limit_reached() while it draws a page.
//
//   gongkai::WorkDeadline limit(std::chrono::seconds(300));   // this thread, this scope
//   for (...) { gongkai::check_work_limit(); ... }            // throws when time is up
#pragma once

#include <chrono>
#include <stdexcept>
#include <string>

namespace gongkai {

// A file that reached its time limit, or a run cancelled while it was converted. Neither is a
// defect of the file's contents: callers that turn errors into diagnostics let these through.
struct WorkLimitError : std::runtime_error {
  using std::runtime_error::runtime_error;
};
struct TimeoutError : WorkLimitError {
  using WorkLimitError::WorkLimitError;
};
struct CancelledError : WorkLimitError {
  using WorkLimitError::WorkLimitError;
};

// Sets the calling thread's deadline for its lifetime (one file's conversion).
class WorkDeadline {
 public:
  explicit WorkDeadline(std::chrono::milliseconds limit);
  ~WorkDeadline();
  WorkDeadline(const WorkDeadline&) = delete;
  WorkDeadline& operator=(const WorkDeadline&) = delete;
};

// True once this thread's deadline has passed or the run is cancelled. Cheap; never throws.
bool work_limit_reached() noexcept;
// Throws TimeoutError ("took longer than the limit of N s") or CancelledError.
void check_work_limit();

// Cancels the work of every thread. Async-signal-safe (one atomic store).
void cancel_all_work() noexcept;
bool work_cancelled() noexcept;

}  // namespace gongkai

#include "core/work_limit.h"

#include <atomic>
#include <optional>

namespace gongkai {
namespace {

using Clock = std::chrono::steady_clock;

std::atomic<bool> cancelled{false};
static_assert(std::atomic<bool>::is_always_lock_free, "cancel_all_work runs in a signal handler");

struct ThreadLimit {
  std::optional<Clock::time_point> deadline;
  std::chrono::milliseconds limit{0};
};
thread_local ThreadLimit current;

}  // namespace

WorkDeadline::WorkDeadline(std::chrono::milliseconds limit) {
  current.limit = limit;
  current.deadline = Clock::now() + limit;
}

WorkDeadline::~WorkDeadline() {
  current.deadline.reset();
}

bool work_limit_reached() noexcept {
  return cancelled.load(std::memory_order_relaxed) ||
         (current.deadline && Clock::now() >= *current.deadline);
}

void check_work_limit() {
  if (cancelled.load(std::memory_order_relaxed)) throw CancelledError("interrupted");
  if (current.deadline && Clock::now() >= *current.deadline) {
    auto ms = current.limit.count();
    std::string limit =
        ms % 1000 == 0 ? std::to_string(ms / 1000) + " s" : std::to_string(ms) + " ms";
    throw TimeoutError("timed out: took longer than the limit of " + limit +
                       " per file (--timeout)");
  }
}

void cancel_all_work() noexcept {
  cancelled.store(true, std::memory_order_relaxed);
}

bool work_cancelled() noexcept {
  return cancelled.load(std::memory_order_relaxed);
}

}  // namespace gongkai

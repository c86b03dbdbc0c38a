#include "check/check.h"

namespace gongkai::check {

void run_checks(Document&) {}

Summary summarize(const std::vector<Check>& checks) {
  Summary s;
  for (const auto& c : checks) {
    if (c.verdict == "ok") ++s.ok;
    else if (c.verdict == "rounding") ++s.rounding;
    else if (c.verdict == "source_error") ++s.source_error;
    else ++s.parse_doubt;
  }
  return s;
}

}  // namespace gongkai::check

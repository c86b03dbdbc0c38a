// An RE2 pattern that must compile. RE2 reports a bad pattern only through ok(), and an unchecked
// bad pattern matches nothing: a label never recognised, a check silently never made. So every
// pattern of gongkai is built as a Regex, which checks ok() when it is compiled (once: patterns
// are function-local statics) and stops the program with the pattern and RE2's error on stderr.
// A bad pattern is a programming error, never a property of an input file, so no per-file
// handler may swallow it.
//
//   static const normalize::Regex kYear(R"(((?:19|20)\d{2})\s*年)");
//   RE2::PartialMatch(text, kYear, &year);   // a Regex is an RE2
#pragma once

#include <re2/re2.h>

#include <string>
#include <string_view>

namespace gongkai::normalize {

// RE2's error for `pattern`, or an empty string when it compiles.
std::string pattern_error(const std::string& pattern);

class Regex : public re2::RE2 {
 public:
  explicit Regex(const std::string& pattern) : RE2(pattern) { check("", pattern); }
  // `name` says in the error which pattern it is ("amount").
  Regex(std::string_view name, const std::string& pattern) : RE2(pattern) { check(name, pattern); }

 private:
  void check(std::string_view name, const std::string& pattern) const;
};

}  // namespace gongkai::normalize

// Internals shared by the normalize/ sources. Not part of the stage's interface: nothing outside
// normalize/ includes this (ICU and RE2 types stay inside the stage).
#pragma once

#include <re2/re2.h>

#include <stdexcept>
#include <string>
#include <string_view>

#include "normalize/regex.h"

namespace gongkai::normalize::detail {

// The character a CJK Radicals Supplement code point (U+2E80–U+2EF3) stands for, or `c` itself.
// NFKC maps the Kangxi radicals (U+2F00–U+2FD5) but leaves almost all of the supplement, and PDF
// fonts often map the glyph of 门 or 长 to ⻔ or ⻓: text search and matching need the character.
char32_t simplify_radical(char32_t c);

// An RE2 pattern compiled once and checked (normalize/regex.h), with a name for the error when it
// does not compile. Meant to be a function-local static:
// `static const Pattern kAmount{"amount", R"(...)"};`.
class Pattern {
 public:
  Pattern(std::string_view name, std::string_view pattern) : re_(name, std::string(pattern)) {}
  const re2::RE2& operator*() const { return re_; }

 private:
  Regex re_;
};

}  // namespace gongkai::normalize::detail

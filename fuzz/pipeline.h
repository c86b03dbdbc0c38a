// The text pipeline as the fuzzer and the seed replay test run it: bytes → extract → parse →
// check → JSON (into a stream that discards everything). One definition, so that a crash found
// by the fuzzer replays identically under CTest.
//
//   gongkai::fuzz::run_text_pipeline(bytes);   // throws only what a stage throws
#pragma once

#include <ostream>
#include <streambuf>
#include <string_view>

#include "check/check.h"
#include "core/error.h"
#include "emit/emit.h"
#include "extract/extract.h"
#include "parse/parse.h"

namespace gongkai::fuzz {

// Accepts and drops every byte: the JSON writer runs in full, nothing is kept.
class NullBuffer : public std::streambuf {
 protected:
  int_type overflow(int_type c) override { return traits_type::not_eof(c); }
  std::streamsize xsputn(const char*, std::streamsize n) override { return n; }
};

// FileError is the pipeline's documented answer to an unreadable input (binary data in a text
// file); it is caught here. Anything else escapes: for the fuzzer that is a finding.
inline void run_text_pipeline(std::string_view bytes) {
  try {
    SourceDocument source = extract::read_text_bytes(bytes, "fuzz");
    Document doc = parse::parse_document(source);
    check::run_checks(doc);
    NullBuffer sink;
    std::ostream out(&sink);
    emit::write_json(doc, out);
  } catch (const FileError&) {
  }
}

}  // namespace gongkai::fuzz

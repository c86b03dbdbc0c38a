// Shared by the tests that read a document end to end: extract, parse and check, as `convert`
// does, without writing anything.
#pragma once

#include <filesystem>
#include <map>
#include <string>
#include <utility>

#include "check/check.h"
#include "core/model.h"
#include "extract/extract.h"
#include "parse/parse.h"

namespace gongkai::testing {

inline Document checked(const std::filesystem::path& path) {
  Document doc = parse::parse_document(extract::read_file(path));
  check::run_checks(doc);
  return doc;
}

// A document read once per test program, the cases sharing it: parsed, and checked when
// `with_checks`.
inline const Document& read_once(const std::filesystem::path& path, bool with_checks) {
  static std::map<std::pair<std::string, bool>, Document> cache;
  auto key = std::make_pair(path.string(), with_checks);
  auto it = cache.find(key);
  if (it == cache.end())
    it = cache
             .emplace(key,
                      with_checks ? checked(path) : parse::parse_document(extract::read_file(path)))
             .first;
  return it->second;
}

}  // namespace gongkai::testing

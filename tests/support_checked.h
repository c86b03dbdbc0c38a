// Shared by the tests that read a document end to end: extract, parse and check, as `convert`
// does, without writing anything.
#pragma once

#include <filesystem>

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

}  // namespace gongkai::testing

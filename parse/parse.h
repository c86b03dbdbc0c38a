// The parse stage: printed lines in, a Document of tables out.
//
//   auto source = gongkai::extract::read_file(path);
//   gongkai::Document doc = gongkai::parse::parse_document(source);
//   for (auto& t : doc.tables) std::cout << t.kind << ' ' << t.title << '\n';
//
// Finds titles (with their numbers: 预算公开表1, 表一, 公开01表 …), metadata (department, unit),
// header rows (flattened with '/'), data rows, continuation pages, empty tables (本表无数据, a
// bare 合计), skips the table of contents, classifies each table into a kind (classify.h), and
// types every cell (text, code, exact amount, null).
#pragma once

#include "core/model.h"

namespace gongkai::parse {

Document parse_document(const SourceDocument& source);

}  // namespace gongkai::parse

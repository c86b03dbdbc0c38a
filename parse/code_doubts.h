// Rows whose code cells spell no 科目编码 (issue 7, §3): "7 | 11 | 02" under 类 | 款 | 项 (a 类 of
// one digit), a 项 whose 类 and 款 were never printed above it. Such a row is read without a code
// (core/row_codes.h RowCode::canonical), never with a wrong one; the reader is told where.
#pragma once

#include <optional>

#include "core/model.h"

namespace gongkai::parse {

// One diagnostic (code "codes_unread") naming the table, how many rows and the first such row's
// cells and label; nullopt when every printed code reads. Call after find_unit_blocks, which
// takes 单位编码/部门代码 columns out of the code columns.
std::optional<Diagnostic> unread_codes(const Table& table);

}  // namespace gongkai::parse

// The rows a store holds for one document, produced once for every backend: each backend only
// says how a row is inserted (SQLite's `?` or PostgreSQL's `$1`, how an id comes back), so the
// walk over the document, and the tables and columns it fills, cannot differ between them.
#pragma once

#include <cstdint>
#include <initializer_list>
#include <span>
#include <string_view>
#include <variant>

#include "core/model.h"
#include "emit/store.h"

namespace gongkai::emit::store_rows {

// A NULL, an integer or a text bound to one parameter. Money is text (exact) or integer fen.
using Param = std::variant<std::nullptr_t, std::int64_t, std::string_view>;

// The tables rows go into. Manifest is an upsert on path; the others plain inserts.
enum class Into { Document, TidyRows, Table, Column, Cell, Amount, Check, Diagnostic, Manifest };
inline constexpr Into kAllInto[] = {Into::Document, Into::TidyRows,   Into::Table,
                                    Into::Column,   Into::Cell,       Into::Amount,
                                    Into::Check,    Into::Diagnostic, Into::Manifest};

struct Insert {
  std::string_view table;
  std::span<const std::string_view> columns;  // in the order of the params
  bool returns_id;                            // Document and Table: the new row's id
};
Insert insert_of(Into into);

// How a backend inserts one row: returns the new row's id when insert_of(into).returns_id.
class RowSink {
 public:
  virtual ~RowSink() = default;
  virtual std::int64_t insert(Into into, std::initializer_list<Param> params) = 0;
};

// Every row of one document keyed by `path`: documents, tidy_rows, tables, columns, cells,
// amounts, checks, diagnostics. The caller has deleted the path's old rows.
void write_document(const Document& doc, std::string_view path, std::string_view tidy_csv,
                    RowSink& sink);
void write_manifest(const ManifestEntry& entry, RowSink& sink);

}  // namespace gongkai::emit::store_rows

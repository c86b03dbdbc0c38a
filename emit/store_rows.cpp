// The walk over a document that produces a store's rows (see store_rows.h).
#include "emit/store_rows.h"

#include <optional>
#include <string>
#include <vector>

#include "emit/emit.h"
#include "emit/json_text.h"
#include "emit/money.h"
#include "emit/tidy.h"

namespace gongkai::emit::store_rows {
namespace {

constexpr std::string_view kDocument[] = {
    "path", "file_name", "sha256", "page_count", "format", "department", "year", "kind", "title"};
constexpr std::string_view kTidyRows[] = {"document_id", "csv"};
constexpr std::string_view kTable[] = {"document_id", "seq",        "title", "number",
                                       "kind",        "department", "unit",  "pages",
                                       "empty",       "n_columns",  "n_rows"};
constexpr std::string_view kColumn[] = {"table_id", "col", "name", "role"};
constexpr std::string_view kCell[] = {"table_id", "row", "col", "kind", "text"};
// The tidy row (emit/tidy.h), with its place in the document and its value in fen.
constexpr std::string_view kAmount[] = {
    "table_id",   "row",           "col",         "document",     "department",
    "year",       "document_kind", "budget_unit", "table_number", "table_title",
    "table_kind", "page",          "row_code",    "row_level",    "row_label",
    "is_total",   "column_name",   "column_role", "column_year",  "three_public_item",
    "value",      "unit",          "value_yuan",  "value_fen"};
constexpr std::string_view kCheck[] = {"document_id", "identity", "tables",
                                       "location",    "expected", "found",
                                       "difference",  "verdict",  "note"};
constexpr std::string_view kDiagnostic[] = {"document_id", "severity", "page", "message"};
constexpr std::string_view kManifest[] = {"path",  "sha256",        "pages",        "status",
                                          "error", "failed_checks", "milliseconds", "version"};

std::int64_t to_int(std::size_t n) {
  return static_cast<std::int64_t>(n);
}

Param text_or_null(const std::optional<std::string>& text) {
  if (!text) return nullptr;
  return std::string_view(*text);
}

Param int_or_null(const std::optional<int>& n) {
  if (!n) return nullptr;
  return std::int64_t{*n};
}

std::string pages_text(const std::vector<int>& pages) {
  std::string out;
  for (int page : pages) {
    if (!out.empty()) out += ',';
    out += std::to_string(page);
  }
  return out;
}

std::optional<std::string> decimal_text(const std::optional<Decimal>& d) {
  if (!d) return std::nullopt;
  return d->to_string();
}

// Check.tables as a JSON array of strings: a title may hold commas, and SQLite's json_each()
// (PostgreSQL's json_array_elements_text) reads the array back.
std::string json_array(const std::vector<std::string>& items) {
  std::string out = "[";
  for (const auto& item : items) {
    if (out.size() > 1) out += ',';
    out += json_string(item);
  }
  return out + "]";
}

// The rows of the tidy CSV (emit/tidy.h decides what they hold), keyed by their table's id.
void write_amounts(const std::vector<std::int64_t>& table_ids, const Document& doc,
                   std::string_view path, RowSink& sink) {
  for (const TidyRow& a : tidy_rows(doc, path)) {
    const Value& v = doc.tables[a.table].rows[a.row][a.col];
    auto fen = in_fen(v.amount, doc.tables[a.table].unit);
    sink.insert(Into::Amount, {table_ids[a.table],
                               to_int(a.row),
                               to_int(a.col),
                               a.document,
                               text_or_null(a.department),
                               int_or_null(a.year),
                               a.document_kind,
                               text_or_null(a.budget_unit),
                               text_or_null(a.table_number),
                               text_or_null(a.table_title),
                               a.table_kind,
                               int_or_null(a.page),
                               text_or_null(a.row_code),
                               text_or_null(a.row_level),
                               text_or_null(a.row_label),
                               std::int64_t{a.is_total},
                               text_or_null(a.column),
                               a.column_role,
                               int_or_null(a.column_year),
                               text_or_null(a.three_public_item),
                               a.value,
                               text_or_null(a.unit),
                               text_or_null(a.value_yuan),
                               fen ? Param(*fen) : Param(nullptr)});
  }
}

std::int64_t write_table(std::int64_t document_id, const Table& table, std::size_t index,
                         RowSink& sink) {
  std::int64_t id =
      sink.insert(Into::Table, {document_id, to_int(index + 1), table.title, table.number,
                                std::string(name(table.kind)), table.department, table.unit,
                                pages_text(table.pages), std::int64_t{table.empty},
                                to_int(table.columns.size()), to_int(table.rows.size())});
  for (std::size_t c = 0; c < table.columns.size(); ++c) {
    ColumnRole role = c < table.roles.size() ? table.roles[c] : ColumnRole::Label;
    sink.insert(Into::Column, {id, to_int(c), table.columns[c], role_name(role)});
  }
  for (std::size_t r = 0; r < table.rows.size(); ++r)
    for (std::size_t c = 0; c < table.rows[r].size(); ++c) {
      const Value& v = table.rows[r][c];
      if (v.is_null()) continue;
      sink.insert(Into::Cell,
                  {id, to_int(r), to_int(c), v.is_amount() ? "amount" : "text", v.text});
    }
  return id;
}

}  // namespace

Insert insert_of(Into into) {
  switch (into) {
    case Into::Document:
      return {"documents", kDocument, true};
    case Into::TidyRows:
      return {"tidy_rows", kTidyRows, false};
    case Into::Table:
      return {"tables", kTable, true};
    case Into::Column:
      return {"columns", kColumn, false};
    case Into::Cell:
      return {"cells", kCell, false};
    case Into::Amount:
      return {"amount_rows", kAmount, false};
    case Into::Check:
      return {"checks", kCheck, false};
    case Into::Diagnostic:
      return {"diagnostics", kDiagnostic, false};
    case Into::Manifest:
      return {"manifest", kManifest, false};
  }
  return {};
}

void write_document(const Document& doc, std::string_view path, std::string_view tidy_csv,
                    RowSink& sink) {
  Param year = doc.document.year ? Param(std::int64_t{doc.document.year}) : Param(nullptr);
  std::int64_t id = sink.insert(
      Into::Document,
      {path, doc.source.file_name, doc.source.sha256, std::int64_t{doc.source.page_count},
       doc.source.format, doc.document.department, year, doc.document.kind, doc.document.title});
  sink.insert(Into::TidyRows, {id, tidy_csv});
  std::vector<std::int64_t> table_ids;
  for (std::size_t i = 0; i < doc.tables.size(); ++i)
    table_ids.push_back(write_table(id, doc.tables[i], i, sink));
  write_amounts(table_ids, doc, path, sink);
  for (const Check& c : doc.checks) {
    auto expected = decimal_text(c.expected), found = decimal_text(c.found),
         difference = decimal_text(c.difference);
    sink.insert(Into::Check, {id, c.identity, json_array(c.tables), c.location,
                              text_or_null(expected), text_or_null(found), text_or_null(difference),
                              std::string(verdict_name(c.verdict)), c.note});
  }
  for (const Diagnostic& d : doc.diagnostics)
    sink.insert(Into::Diagnostic, {id, severity_name(d.severity), std::int64_t{d.page}, d.message});
}

void write_manifest(const ManifestEntry& e, RowSink& sink) {
  Param pages = e.pages > 0 ? Param(std::int64_t{e.pages}) : Param(nullptr);
  sink.insert(Into::Manifest,
              {e.path, e.sha256, pages, e.status, e.error, std::int64_t{e.failed_checks},
               static_cast<std::int64_t>(e.seconds * 1000 + 0.5), e.version});
}

}  // namespace gongkai::emit::store_rows

// The emit stage: a Document written as JSON, one CSV per table, rows of the tidy long CSV, and
// (sqlite.h) the SQLite store. Every file is written through AtomicFile: a reader never sees a
// half-written output, whatever happens to the run.
//
//   gongkai::emit::write_json(doc, out);                  // the output contract
//   gongkai::emit::write_table_csv(doc.tables[0], out, {.bom = true});
#pragma once

#include <ostream>
#include <string>
#include <string_view>

#include "core/model.h"

namespace gongkai::emit {

struct JsonOptions {
  bool pretty = true;
};
void write_json(const Document& doc, std::ostream& out, const JsonOptions& options = {});

struct CsvOptions {
  bool bom = false;  // a UTF-8 byte order mark, so that Excel reads Chinese text correctly
};
void write_table_csv(const Table& table, std::ostream& out, const CsvOptions& options = {});

// The tidy CSV: one row per amount of every table of every document of a run (emit/tidy.h),
// `document_path` being the input's path below the folder given ("2018/部门预算.pdf").
void write_tidy_header(std::ostream& out, const CsvOptions& options = {});
void write_tidy_rows(const Document& doc, std::string_view document_path, std::ostream& out);

// Names used in every output format, so JSON, CSV and SQLite agree.
std::string role_name(ColumnRole role);
std::string severity_name(Diagnostic::Severity severity);

// File names of the per-table CSVs: order, kind and a short form of the title (table_names.h),
// "05-general_budget_expenditure-一般公共预算支出预算表(不含上年结转).csv".
std::string table_csv_name(const Table& table, std::size_t index);

}  // namespace gongkai::emit

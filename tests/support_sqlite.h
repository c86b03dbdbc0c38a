// Shared by the tests that read a store: every row of a query, one line per row.
#pragma once

#include <sqlite3.h>

#include <filesystem>
#include <memory>
#include <string>

namespace gongkai::testing {

// Every row of `sql` on the SQLite file `db`, one line per row, columns separated by '|', NULL as
// "NULL"; "<message>" when the file or the query fails.
inline std::string sqlite_rows(const std::filesystem::path& db, const std::string& sql,
                               bool write = false) {
  sqlite3* raw = nullptr;
  int flags = write ? SQLITE_OPEN_READWRITE : SQLITE_OPEN_READONLY;
  if (sqlite3_open_v2(db.c_str(), &raw, flags, nullptr) != SQLITE_OK) {
    sqlite3_close(raw);
    return "<cannot open>";
  }
  std::unique_ptr<sqlite3, decltype(&sqlite3_close)> handle(raw, sqlite3_close);
  sqlite3_stmt* stmt = nullptr;
  if (sqlite3_prepare_v2(raw, sql.c_str(), -1, &stmt, nullptr) != SQLITE_OK)
    return std::string("<") + sqlite3_errmsg(raw) + ">";
  std::unique_ptr<sqlite3_stmt, decltype(&sqlite3_finalize)> owned(stmt, sqlite3_finalize);
  std::string out;
  while (sqlite3_step(stmt) == SQLITE_ROW) {
    for (int c = 0; c < sqlite3_column_count(stmt); ++c) {
      if (c) out += '|';
      auto text = sqlite3_column_text(stmt, c);
      out += text ? reinterpret_cast<const char*>(text) : "NULL";
    }
    out += '\n';
  }
  return out;
}

}  // namespace gongkai::testing

// The SQLite store (see sqlite_store.h for the design, docs/sqlite.md for the schema).
#include "emit/sqlite_store.h"

#include <sqlite3.h>

#include <cstdint>
#include <functional>
#include <optional>
#include <sstream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <system_error>
#include <variant>
#include <vector>

#include "emit/emit.h"
#include "emit/store_rows.h"

namespace gongkai::emit {
namespace {

// Money is TEXT (exact printed decimal) or INTEGER fen, never REAL. Row and column indexes are
// 0-based (they index the JSON `rows` arrays); tables.seq is 1-based (the per-table CSV prefix).
// ON DELETE CASCADE lets add() replace a document with one DELETE.
constexpr std::string_view kSchema = R"sql(
CREATE TABLE IF NOT EXISTS documents (
  id         INTEGER PRIMARY KEY,
  path       TEXT NOT NULL UNIQUE,
  file_name  TEXT NOT NULL,
  sha256     TEXT NOT NULL,
  page_count INTEGER NOT NULL,
  format     TEXT NOT NULL,
  department TEXT NOT NULL,
  year       INTEGER,
  kind       TEXT NOT NULL,
  title      TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS tables (
  id          INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  seq         INTEGER NOT NULL,
  title       TEXT NOT NULL,
  number      TEXT NOT NULL,
  kind        TEXT NOT NULL,
  department  TEXT NOT NULL,
  unit        TEXT NOT NULL,
  pages       TEXT NOT NULL,
  empty       INTEGER NOT NULL CHECK (empty IN (0, 1)),
  n_columns   INTEGER NOT NULL,
  n_rows      INTEGER NOT NULL,
  UNIQUE (document_id, seq)
);
CREATE TABLE IF NOT EXISTS columns (
  table_id INTEGER NOT NULL REFERENCES tables(id) ON DELETE CASCADE,
  col      INTEGER NOT NULL,
  name     TEXT NOT NULL,
  role     TEXT NOT NULL CHECK (role IN ('label', 'code', 'amount', 'unit', 'ordinal', 'quantity')),
  PRIMARY KEY (table_id, col)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS cells (
  table_id INTEGER NOT NULL REFERENCES tables(id) ON DELETE CASCADE,
  row      INTEGER NOT NULL,
  col      INTEGER NOT NULL,
  kind     TEXT NOT NULL CHECK (kind IN ('text', 'amount')),
  text     TEXT NOT NULL,
  PRIMARY KEY (table_id, row, col)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS amount_rows (
  table_id      INTEGER NOT NULL REFERENCES tables(id) ON DELETE CASCADE,
  row           INTEGER NOT NULL,
  col           INTEGER NOT NULL,
  document      TEXT NOT NULL,
  department    TEXT,
  year          INTEGER,
  document_kind TEXT NOT NULL,
  budget_unit   TEXT,
  table_number  TEXT,
  table_title   TEXT,
  table_kind    TEXT NOT NULL,
  page          INTEGER,
  row_code      TEXT,
  row_level     TEXT CHECK (row_level IN ('类', '款', '项')),
  row_label     TEXT,
  is_total      INTEGER NOT NULL CHECK (is_total IN (0, 1)),
  column_name   TEXT,
  column_role   TEXT NOT NULL,
  column_year   INTEGER,
  three_public_item TEXT,
  value         TEXT NOT NULL,
  unit          TEXT,
  value_yuan    TEXT,
  value_fen     INTEGER,
  PRIMARY KEY (table_id, row, col)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS amount_rows_row_code ON amount_rows(row_code);
CREATE TABLE IF NOT EXISTS checks (
  id          INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  identity    TEXT NOT NULL,
  tables      TEXT NOT NULL,
  location    TEXT NOT NULL,
  expected    TEXT,
  found       TEXT,
  difference  TEXT,
  verdict     TEXT NOT NULL,
  note        TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS checks_document ON checks(document_id);
CREATE TABLE IF NOT EXISTS diagnostics (
  id          INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  severity    TEXT NOT NULL CHECK (severity IN ('info', 'warning', 'error')),
  page        INTEGER NOT NULL,
  message     TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS diagnostics_document ON diagnostics(document_id);
CREATE TABLE IF NOT EXISTS manifest (
  path          TEXT PRIMARY KEY,
  sha256        TEXT NOT NULL,
  pages         INTEGER,
  status        TEXT NOT NULL CHECK (status IN ('ok', 'failed', 'skipped', 'timed_out')),
  error         TEXT NOT NULL,
  failed_checks INTEGER NOT NULL,
  milliseconds  INTEGER NOT NULL,
  version       TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS tidy_rows (
  document_id INTEGER PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
  csv         TEXT NOT NULL
);
-- The tidy CSV's columns, in its order (emit/tidy.h), then what only the store has.
CREATE VIEW IF NOT EXISTS amounts AS
SELECT a.document, a.department, a.year, a.document_kind, a.budget_unit, a.table_number,
       a.table_title, a.table_kind, a.page, a.row_code, a.row_level, a.row_label, a.is_total,
       a.column_name AS "column", a.column_role, a.column_year, a.three_public_item, a.value, a.unit, a.value_yuan,
       a.value_fen, d.sha256, d.file_name, t.seq AS table_seq, a.row, a.col, a.table_id
FROM amount_rows a JOIN tables t ON t.id = a.table_id JOIN documents d ON d.id = t.document_id
ORDER BY d.id, t.seq, a.row, a.col;
)sql";

// ---- RAII over the C API ---------------------------------------------------------------------

struct CloseDb {
  void operator()(sqlite3* db) const { sqlite3_close_v2(db); }
};
struct FinalizeStmt {
  void operator()(sqlite3_stmt* stmt) const { sqlite3_finalize(stmt); }
};
using DbHandle = std::unique_ptr<sqlite3, CloseDb>;
using StmtHandle = std::unique_ptr<sqlite3_stmt, FinalizeStmt>;

// The operating system's reason behind an I/O error ("disk I/O error (No space left on device)").
std::string system_reason(sqlite3* db) {
  int error = sqlite3_system_errno(db);
  return error ? " (" + std::generic_category().message(error) + ")" : "";
}

[[noreturn]] void fail(const std::filesystem::path& file, std::string_view what, sqlite3* db) {
  std::string message = file.string() + ": " + std::string(what);
  if (db) message += ": " + std::string(sqlite3_errmsg(db)) + system_reason(db);
  throw std::runtime_error(message);
}

DbHandle open_db(const std::filesystem::path& file, int flags) {
  sqlite3* raw = nullptr;
  int rc = sqlite3_open_v2(file.c_str(), &raw, flags, nullptr);
  DbHandle db(raw);  // sqlite hands out a handle even on failure; it must still be closed
  if (rc != SQLITE_OK) fail(file, "cannot open", raw);
  sqlite3_extended_result_codes(raw, 1);
  return db;
}

void exec(sqlite3* db, const std::filesystem::path& file, std::string_view sql) {
  char* error = nullptr;
  if (sqlite3_exec(db, std::string(sql).c_str(), nullptr, nullptr, &error) == SQLITE_OK) return;
  std::string message = (error ? error : "unknown error") + system_reason(db);
  sqlite3_free(error);
  throw std::runtime_error(file.string() + ": " + message);
}

using store_rows::Into;
using store_rows::Param;

// One prepared statement, run many times: bind in order, step to the end, reset.
class Statement {
 public:
  Statement(sqlite3* db, const std::filesystem::path& file, std::string_view sql)
      : db_(db), file_(&file) {
    sqlite3_stmt* raw = nullptr;
    if (sqlite3_prepare_v3(db, sql.data(), static_cast<int>(sql.size()), SQLITE_PREPARE_PERSISTENT,
                           &raw, nullptr) != SQLITE_OK)
      fail(file, "cannot prepare statement", db);
    stmt_.reset(raw);
  }

  void run(std::initializer_list<Param> params) {
    sqlite3_stmt* s = stmt_.get();
    sqlite3_reset(s);
    int index = 0;
    for (const Param& p : params) bind(++index, p);
    int rc = sqlite3_step(s);
    while (rc == SQLITE_ROW) rc = sqlite3_step(s);
    sqlite3_reset(s);  // also releases the statement's read of the database
    if (rc != SQLITE_DONE) fail(*file_, "write failed", db_);
  }

  // Runs a query, calling `row` for each result row.
  template <class F>
  void each(std::initializer_list<Param> params, F&& row) {
    sqlite3_stmt* s = stmt_.get();
    sqlite3_reset(s);
    int index = 0;
    for (const Param& p : params) bind(++index, p);
    int rc = sqlite3_step(s);
    for (; rc == SQLITE_ROW; rc = sqlite3_step(s)) row(s);
    sqlite3_reset(s);
    if (rc != SQLITE_DONE) fail(*file_, "query failed", db_);
  }

 private:
  void bind(int index, const Param& p) {
    sqlite3_stmt* s = stmt_.get();
    if (std::holds_alternative<std::int64_t>(p)) {
      sqlite3_bind_int64(s, index, std::get<std::int64_t>(p));
    } else if (std::holds_alternative<std::string_view>(p)) {
      auto text = std::get<std::string_view>(p);
      // SQLITE_TRANSIENT: sqlite copies, so the view need not outlive the bind.
      sqlite3_bind_text64(s, index, text.data(), text.size(), SQLITE_TRANSIENT, SQLITE_UTF8);
    } else {
      sqlite3_bind_null(s, index);
    }
  }

  sqlite3* db_;
  const std::filesystem::path* file_;
  StmtHandle stmt_;
};

// "INSERT INTO t (a, b) VALUES (?, ?)"; the manifest's replaces the row of its path.
std::string insert_sql(Into into) {
  store_rows::Insert insert = store_rows::insert_of(into);
  std::string sql = into == Into::Manifest ? "INSERT OR REPLACE INTO " : "INSERT INTO ";
  sql += insert.table;
  std::string values;
  for (std::string_view column : insert.columns) {
    sql += values.empty() ? " (" : ", ";
    sql += column;
    values += values.empty() ? "?" : ", ?";
  }
  return sql + ") VALUES (" + values + ")";
}

}  // namespace

// ---- the store ---------------------------------------------------------------------------------

// The statements put() uses, prepared once per store: one insert per table of store_rows.
class Statements final : public store_rows::RowSink {
 public:
  Statements(sqlite3* db, const std::filesystem::path& file)
      : db_(db), delete_document(db, file, "DELETE FROM documents WHERE path = ?") {
    for (Into into : store_rows::kAllInto) inserts_.emplace_back(db, file, insert_sql(into));
  }

  std::int64_t insert(Into into, std::initializer_list<Param> params) override {
    inserts_[static_cast<std::size_t>(into)].run(params);
    return sqlite3_last_insert_rowid(db_);
  }

 private:
  sqlite3* db_;
  std::vector<Statement> inserts_;  // indexed by Into

 public:
  Statement delete_document;
};

struct SqliteStore::Impl {
  std::filesystem::path file;
  DbHandle db;
  std::unique_ptr<Statements> statements;  // finalized before db is closed

  ~Impl() {
    statements.reset();
    db.reset();
  }

  void open();
  void check_version();
  template <class F>
  void transaction(F&& body);
};

void SqliteStore::Impl::open() {
  db = open_db(file, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
  sqlite3_busy_timeout(db.get(), 10'000);  // a reader holding the store a moment is waited for
  check_version();
  // WAL: each document commits on its own, readers see every finished document while the run
  // goes on, and a killed run loses only the document it was writing. NORMAL is durable across
  // a crash of the process (a power cut may lose the last transactions, never consistency).
  exec(db.get(), file, "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;");
  exec(db.get(), file, "PRAGMA foreign_keys = ON;");
  exec(db.get(), file, kSchema);
  exec(db.get(), file, "PRAGMA user_version = " + std::to_string(kSchemaVersion) + ";");
  statements = std::make_unique<Statements>(db.get(), file);
}

// Refuses a file that is not a SQLite database, or a store of another schema version (a new
// file reads as version 0).
void SqliteStore::Impl::check_version() {
  sqlite3_stmt* raw = nullptr;
  if (sqlite3_prepare_v2(db.get(), "PRAGMA user_version", -1, &raw, nullptr) != SQLITE_OK)
    fail(file, "not a readable SQLite store", db.get());
  StmtHandle version_query(raw);
  if (sqlite3_step(raw) != SQLITE_ROW) fail(file, "not a readable SQLite store", db.get());
  int version = sqlite3_column_int(raw, 0);
  if (version != 0 && version != kSchemaVersion)
    throw std::runtime_error(file.string() + ": schema version " + std::to_string(version) +
                             ", this gongkai writes version " + std::to_string(kSchemaVersion) +
                             "; remove the file or choose another path");
}

template <class F>
void SqliteStore::Impl::transaction(F&& body) {
  exec(db.get(), file, "BEGIN IMMEDIATE");
  try {
    body();
    exec(db.get(), file, "COMMIT");
  } catch (...) {
    sqlite3_exec(db.get(), "ROLLBACK", nullptr, nullptr, nullptr);
    throw;
  }
}

SqliteStore::SqliteStore(std::filesystem::path db) : impl_(std::make_unique<Impl>()) {
  impl_->file = std::move(db);
  impl_->open();
}

SqliteStore::~SqliteStore() = default;

std::string_view SqliteStore::schema_sql() {
  return kSchema;
}

void SqliteStore::add(const Document& doc) {
  std::ostringstream tidy;
  write_tidy_rows(doc, doc.source.file_name, tidy);
  put(doc,
      {.path = doc.source.file_name,
       .sha256 = doc.source.sha256,
       .pages = doc.source.page_count,
       .status = "ok"},
      tidy.str());
}

void SqliteStore::put(const Document& doc, const ManifestEntry& entry, std::string_view tidy_csv) {
  if (!impl_->db) throw std::logic_error("SqliteStore::put after commit");
  impl_->transaction([&] {
    Statements& s = *impl_->statements;
    s.delete_document.run({entry.path});
    store_rows::write_document(doc, entry.path, tidy_csv, s);
    store_rows::write_manifest(entry, s);
  });
}

void SqliteStore::put_failure(const ManifestEntry& entry) {
  if (!impl_->db) throw std::logic_error("SqliteStore::put_failure after commit");
  impl_->transaction([&] {
    impl_->statements->delete_document.run({entry.path});
    store_rows::write_manifest(entry, *impl_->statements);
  });
}

std::optional<ManifestEntry> SqliteStore::manifest(std::string_view path) const {
  Statement query(impl_->db.get(), impl_->file,
                  "SELECT path, sha256, coalesce(pages, 0), status, error, failed_checks,"
                  " milliseconds / 1000.0,"
                  " version FROM manifest WHERE path = ?");
  std::optional<ManifestEntry> out;
  query.each({path}, [&](sqlite3_stmt* row) {
    auto text = [&](int c) {
      auto p = sqlite3_column_text(row, c);
      return p ? std::string(reinterpret_cast<const char*>(p)) : std::string();
    };
    out = ManifestEntry{text(0),
                        text(1),
                        sqlite3_column_int(row, 2),
                        text(3),
                        text(4),
                        sqlite3_column_int(row, 5),
                        sqlite3_column_double(row, 6),
                        text(7)};
  });
  return out;
}

void SqliteStore::each_tidy_csv(std::span<const std::string>, const TidySink& sink) const {
  each_tidy_csv(sink);
}

void SqliteStore::each_tidy_csv(const TidySink& sink) const {
  Statement query(impl_->db.get(), impl_->file,
                  "SELECT t.csv FROM tidy_rows t JOIN documents d ON d.id = t.document_id"
                  " ORDER BY d.path");
  query.each({}, [&](sqlite3_stmt* row) {
    auto p = reinterpret_cast<const char*>(sqlite3_column_text(row, 0));
    sink(std::string_view(p ? p : "", static_cast<std::size_t>(sqlite3_column_bytes(row, 0))));
  });
}

void SqliteStore::commit() {
  if (!impl_->db) throw std::logic_error("SqliteStore::commit twice");
  impl_->statements.reset();
  // The last checkpoint folds the write-ahead log into the file; closing removes -wal and -shm.
  if (sqlite3_close(impl_->db.get()) != SQLITE_OK)
    fail(impl_->file, "cannot close", impl_->db.get());
  impl_->db.release();  // closed above
}

}  // namespace gongkai::emit

// The store a `convert` run keeps: every document, its tables, cells, amounts and checks,
// queryable with SQL, and a manifest of every input. Two backends write the same tables and
// views with the same column names: SQLite, one file per output folder (sqlite_store.h), and
// PostgreSQL, one database shared by a team's machines (pg_store.cpp). Schema: docs/sqlite.md.
//
//   std::unique_ptr<gongkai::emit::Store> store = gongkai::emit::open_postgres_store(conninfo);
//   store->put(doc, {.path = "2018/a.pdf", .sha256 = …, .status = "ok", …}, tidy_rows);
//   store->put_failure({.path = "2019/b.pdf", .status = "failed", .error = "…"});
//   if (auto m = store->manifest("2018/a.pdf")) … m->sha256, m->version …
//
// Rows are keyed by the input's path below the folder given: each put() is one transaction that
// replaces the rows of its path (a changed file keeps no old rows), and a failure deletes them
// and marks the path failed. A put that throws leaves the store as it was before it.
#pragma once

#include <functional>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "core/model.h"

namespace gongkai::emit {

// One row of the manifest: what became of one input.
struct ManifestEntry {
  std::string path;       // the input's path below the folder given ("2018/部门预算.pdf")
  std::string sha256;     // of its bytes; empty when they could not be read
  int pages = 0;          // 0 when unknown
  std::string status;     // ok, failed, skipped (not a file), timed_out
  std::string error;      // empty when ok
  int failed_checks = 0;  // source_error and parse_doubt verdicts
  double seconds = 0;     // time spent converting it
  std::string version;    // gongkai's version that converted it
};

class Store {
 public:
  using TidySink = std::function<void(std::string_view)>;

  virtual ~Store() = default;

  // One transaction: replaces the rows of entry.path with doc (and its rows of the tidy CSV,
  // kept so that tidy.csv can be rebuilt from the store) and records the manifest entry.
  virtual void put(const Document& doc, const ManifestEntry& entry, std::string_view tidy_csv) = 0;
  // One transaction: deletes the rows of entry.path and records the (failed) entry.
  virtual void put_failure(const ManifestEntry& entry) = 0;
  virtual std::optional<ManifestEntry> manifest(std::string_view path) const = 0;
  // The tidy CSV rows of an output folder whose run was given `run_paths` (sorted), document by
  // document in path order. A store that belongs to the folder (SQLite) gives all of its
  // documents; a database shared by many folders (PostgreSQL) gives those of run_paths it holds.
  virtual void each_tidy_csv(std::span<const std::string> run_paths,
                             const TidySink& sink) const = 0;
  // Ends the run's use of the store (SQLite: checkpoints and closes the file). Once only;
  // nothing may be called after it.
  virtual void commit() = 0;
};

// A PostgreSQL database given as a URI (postgresql://user@host/db) or a libpq conninfo
// ("host=/run/postgresql dbname=budgets"); the schema is created when absent. Throws
// std::runtime_error naming the server (never the password) when it cannot be used.
std::unique_ptr<Store> open_postgres_store(const std::string& conninfo);

// True when `target` is a URI or conninfo open_postgres_store takes, not a file name.
bool is_postgres_target(std::string_view target);

}  // namespace gongkai::emit

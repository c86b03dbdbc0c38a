// The SQLite store: every document converted into one folder, its tables, cells, amounts and
// checks, queryable with SQL, and a manifest of every input. Schema and queries: docs/sqlite.md.
//
//   gongkai::emit::SqliteStore store(out_dir / "gongkai.sqlite");   // opened or created
//   store.put(doc, {.path = "2018/a.pdf", .sha256 = …, .status = "ok", …}, tidy_rows);
//   store.put_failure({.path = "2019/b.pdf", .status = "failed", .error = "…"});
//   if (auto m = store.manifest("2018/a.pdf")) … m->sha256, m->version …
//
// Streaming: each put() is one transaction in WAL mode, committed as soon as the document is
// done, so readers see every finished document while a run goes on, a killed run keeps every
// document it finished, and memory does not grow with the number of documents. Rows are keyed
// by the input's path below the folder given: putting a path again replaces its rows (a changed
// file keeps no old rows), and a failure deletes them and marks the path failed.
//
// Errors: std::runtime_error naming the file (not a SQLite file, another schema version, a
// write that fails). A put that throws leaves the store as it was before it.
#pragma once

#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "core/model.h"
#include "emit/store.h"

namespace gongkai::emit {

class SqliteStore final : public Store {
 public:
  // The version written to PRAGMA user_version; a store of another version is refused.
  // 2: amounts.budget_unit, role unit; 3: manifest, documents.path, tidy_rows (issue 8);
  // 4: amount_rows and the view amounts hold the tidy rows (emit/tidy.h, issue 9)
  // 5: roles ordinal (序号/行次/栏次) and quantity (数量, 人数); 6: amounts.three_public_item
  static constexpr int kSchemaVersion = 6;
  // The tables, indexes and view, in SQLite's dialect: the one definition of the schema, which
  // the PostgreSQL store translates (emit/pg_store.cpp), so the two cannot drift apart.
  static std::string_view schema_sql();

  explicit SqliteStore(std::filesystem::path db);
  ~SqliteStore();
  SqliteStore(const SqliteStore&) = delete;
  SqliteStore& operator=(const SqliteStore&) = delete;

  void put(const Document& doc, const ManifestEntry& entry, std::string_view tidy_csv) override;
  // put() keyed by the document's file name, as an ok conversion of this version.
  void add(const Document& doc);
  void put_failure(const ManifestEntry& entry) override;

  std::optional<ManifestEntry> manifest(std::string_view path) const override;
  // The tidy CSV rows of every document, in path order (the store is its folder's: run_paths
  // are not needed).
  void each_tidy_csv(const TidySink& sink) const;
  void each_tidy_csv(std::span<const std::string> run_paths, const TidySink& sink) const override;

  // Closes the store (checkpointing the write-ahead log into the file). Once only; nothing may
  // be called after it.
  void commit() override;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace gongkai::emit

// The SQLite store: every document of a run, its tables, cells, amounts and checks, queryable
// with SQL. Schema and example queries: docs/sqlite.md.
//
//   gongkai::emit::SqliteStore store(out_dir / "gongkai.sqlite");
//   for (const auto& doc : documents) store.add(doc);   // replaces a document of the same sha256
//   store.commit();                                      // the store appears (or is replaced) here
//
// Atomicity: the store is built in a temporary file beside the target (a copy of the existing
// store when there is one, so earlier runs' documents are kept) and renamed over the target by
// commit(), like every other output (AtomicFile). Until commit() readers see the previous store;
// a crash or an exception leaves the target as it was, and a SqliteStore destroyed without
// commit() deletes its temporary. Because the temporary is private until the rename, it is written
// without a rollback journal on disk, which makes a batch insert several times faster.
//
// Errors: std::runtime_error naming the file (cannot create the temporary, the target is not a
// gongkai store or has another schema version, a write fails). add() is all or nothing per
// document: when it throws, the store holds what it held before that call and can go on.
#pragma once

#include <filesystem>
#include <memory>

#include "core/model.h"

namespace gongkai::emit {

class SqliteStore {
 public:
  // The version written to PRAGMA user_version; a store of another version is refused.
  static constexpr int kSchemaVersion = 2;  // 2: amounts.budget_unit, role unit

  explicit SqliteStore(std::filesystem::path db);
  ~SqliteStore();
  SqliteStore(const SqliteStore&) = delete;
  SqliteStore& operator=(const SqliteStore&) = delete;

  // Adds one document in one transaction, first deleting any document with the same sha256.
  void add(const Document& doc);

  // Flushes the temporary to disk and renames it over the target. Once only; add() after
  // commit() throws std::logic_error.
  void commit();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace gongkai::emit

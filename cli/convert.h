// `gongkai convert`: the batch job behind the command line. Each input is read, parsed, checked
// and written on its own; a file that fails is reported (file and page) and the batch goes on.
#pragma once

#include <chrono>
#include <filesystem>
#include <stdexcept>
#include <string>
#include <vector>

#include "cli/shard.h"

namespace gongkai::cli {

struct ConvertOptions {
  std::vector<std::filesystem::path> inputs;  // files or folders (searched for .pdf and .txt)
  std::string output = "out";                 // folder, or "-" for JSON on stdout (one input)
  bool csv = true;
  bool csv_bom = false;
  bool tidy = true;
  std::filesystem::path sqlite;     // the store; empty: OUTDIR/gongkai.sqlite
  std::string db;                   // --db: a PostgreSQL URI or conninfo instead of SQLite
  bool store = true;                // false (--no-store): no store is kept after the run
  Shard shard;                      // --shard i/N: only the inputs of this share
  bool force = false;               // convert inputs the store says are unchanged
  bool strict = false;              // failed checks make the exit code 3
  std::vector<std::string> ignore;  // identities (or "family:" prefixes) --strict passes over
  bool review = false;              // also OUTDIR/review/NAME.html and index.html
  bool quiet = false;
  bool compact = false;  // JSON on one line
  unsigned jobs = 0;     // files converted in parallel; 0: one per core (at most 8)
  std::chrono::milliseconds timeout{std::chrono::minutes(5)};  // per file
  // Outputs (issue 9). --format replaces the default json,csv,tidy; --no-csv and --no-tidy then
  // take away from it, --xlsx adds to it.
  std::vector<std::string> formats;  // json, csv, tidy, xlsx; empty: the default
  bool json = true;
  bool xlsx = false;     // NAME.xlsx beside NAME.json
  std::string pages;     // "3-9,12": only these pages (empty: every page)
  std::string password;  // opens encrypted PDFs
};

// Arguments that cannot work together, found before anything is converted: exit code 2.
struct UsageError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

// Exit codes: 0 all converted; 1 some input could not be converted; 3 --strict and a check failed;
// 130 interrupted (Ctrl-C, SIGTERM): what was done is kept, a rerun resumes.
// Throws UsageError for bad arguments, std::runtime_error when the run cannot start.
int run_convert(const ConvertOptions& options);

}  // namespace gongkai::cli

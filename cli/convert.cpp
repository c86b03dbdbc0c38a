#include "cli/convert.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <csignal>
#include <fstream>
#include <iostream>
#include <iterator>
#include <mutex>
#include <optional>
#include <sstream>
#include <thread>

#include "check/check.h"
#include "cli/inputs.h"
#include "cli/output_options.h"
#include "cli/run_lock.h"
#include "core/error.h"
#include "core/page_ranges.h"
#include "core/sha256.h"
#include "core/version.h"
#include "core/work_limit.h"
#include "emit/atomic_file.h"
#include "emit/emit.h"
#include "emit/sqlite_store.h"
#include "emit/store.h"
#include "emit/xlsx.h"
#include "extract/extract.h"
#include "parse/parse.h"
#include "review/review.h"

namespace gongkai::cli {
namespace fs = std::filesystem;
namespace {

// Per-table CSVs go to a fresh folder that replaces STEM/ only once every file is written.
void write_table_csvs(const Document& doc, const fs::path& dir, const emit::CsvOptions& csv) {
  emit::AtomicDir folder(dir);
  for (std::size_t i = 0; i < doc.tables.size(); ++i) {
    emit::AtomicFile file(folder.path() / emit::table_csv_name(doc.tables[i], i));
    emit::write_table_csv(doc.tables[i], file.stream(), csv);
    file.commit();
  }
  folder.commit();
}

// "KEY: page N: message" from a FileError, which names only the file's base name.
std::string describe_file_error(const FileError& e, const std::string& key) {
  std::string what = e.what();
  std::string prefix = e.file() + ": ";
  if (what.rfind(prefix, 0) == 0) what.erase(0, prefix.size());
  return key + ": " + what;
}

std::string file_sha256(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return "";
  std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  return sha256_hex(bytes);
}

// Temporaries of runs that were killed (a run holding the folder's lock owns every temporary
// in it, so whatever is found there now is stale). Symbolic links are not followed.
std::size_t remove_stale_temporaries(const fs::path& dir) {
  std::size_t removed = 0;
  std::error_code ec;
  std::vector<fs::path> stale;
  for (auto it = fs::recursive_directory_iterator(dir, ec); !ec && it != fs::end(it);
       it.increment(ec))
    if (emit::is_temporary_name(it->path().filename().string())) {
      stale.push_back(it->path());
      if (it->is_directory(ec)) it.disable_recursion_pending();
    }
  for (const auto& p : stale) removed += fs::remove_all(p, ec) > 0;
  return removed;
}

extern "C" void on_interrupt(int signal) {
  cancel_all_work();
  std::signal(signal, SIG_DFL);  // a second Ctrl-C ends the process at once
}

enum class Outcome { NotDone, Converted, Unchanged, Failed };

struct FileResult {
  Outcome outcome = Outcome::NotDone;
  bool checks_failed = false;
};

// Checks what can be checked before converting anything: arguments that contradict each
// other, an output folder that cannot be made, a store path that cannot be written.
void check_arguments(const ConvertOptions& options, std::size_t files) {
  bool to_stdout = options.output == "-";
  if (to_stdout && (options.xlsx || !options.json))
    throw UsageError(
        "-o - prints the JSON of one input and nothing else: drop --xlsx and --format, "
        "or give an output folder");
  if (to_stdout && !options.sqlite.empty())
    throw UsageError(
        "-o - prints the JSON of one input and writes no store: drop --sqlite, or "
        "give an output folder");
  if (!options.store && !options.sqlite.empty())
    throw UsageError("--no-store and --sqlite contradict each other: give one");
  if (!options.db.empty()) {
    if (to_stdout) throw UsageError("-o - writes no store: drop --db, or give an output folder");
    if (!options.store || !options.sqlite.empty())
      throw UsageError("--db is the store: drop --sqlite and --no-store");
    if (!emit::is_postgres_target(options.db))
      throw UsageError("--db " + options.db +
                       ": give a PostgreSQL URI (postgresql://user@host/database) or a libpq "
                       "conninfo (\"host=/run/postgresql dbname=budgets\"); a SQLite file is "
                       "--sqlite");
  }
  if (to_stdout && files != 1)
    throw UsageError("-o - prints one document: give exactly one input (" + std::to_string(files) +
                     " found)");
  std::error_code ec;
  if (!to_stdout) {
    if (fs::exists(options.output, ec) && !fs::is_directory(options.output, ec))
      throw UsageError("-o " + options.output + ": exists and is not a folder");
    fs::create_directories(options.output, ec);
    if (ec)
      throw std::runtime_error(options.output + ": cannot create the folder: " + ec.message());
  }
  if (!options.sqlite.empty()) {
    const fs::path& db = options.sqlite;
    if (fs::is_directory(db, ec))
      throw UsageError("--sqlite " + db.string() + ": is a folder; give a file name");
    fs::path parent = db.parent_path();
    if (!parent.empty() && !fs::is_directory(parent, ec))
      throw UsageError("--sqlite " + db.string() + ": the folder " + parent.string() +
                       " does not exist");
  }
}

class Batch {
 public:
  Batch(const ConvertOptions& options, FoundInputs found)
      : options_(options),
        files_(std::move(found.files)),
        problems_(std::move(found.problems)),
        results_(files_.size()) {
    read_.pages = parse_pages_option(options.pages);
    read_.password = options.password;
    // A conversion of some pages is not the document's: the manifest's version says which
    // pages, so that only a run of the same pages skips it (and a full run converts it again).
    version_ = std::string(kVersion);
    if (!read_.pages.empty()) version_ += " --pages " + page_ranges(read_.pages);
  }

  int run() {
    bool to_stdout = options_.output == "-";
    std::optional<RunLock> folder_lock, store_lock;
    fs::path db;
    if (!to_stdout) {
      fs::path out = options_.output;
      folder_lock.emplace(out / ".gongkai.lock", "the folder " + out.string());
      if (std::size_t n = remove_stale_temporaries(out))
        report_note("removed " + std::to_string(n) + " temporary file(s) left by a killed run");
      if (!options_.db.empty()) {
        store_ = emit::open_postgres_store(options_.db);  // fails before converting
      } else {
        db = !options_.store           ? emit::temporary_path(out / "gongkai.sqlite")
             : options_.sqlite.empty() ? out / "gongkai.sqlite"
                                       : options_.sqlite;
        if (fs::weakly_canonical(db.parent_path().empty() ? "." : db.parent_path()) !=
            fs::weakly_canonical(out)) {
          fs::path lock = db;
          lock += ".lock";
          store_lock.emplace(lock, "the store " + db.string());
        }
        store_ = std::make_unique<emit::SqliteStore>(db);  // fails before converting
      }
    }
    for (const auto& p : problems_) {
      report_error(p.path + ": " + p.message);
      if (store_ && p.not_a_file)
        store_->put_failure({.path = p.path,
                             .status = "skipped",
                             .error = p.message,
                             .version = std::string(kVersion)});
    }
    std::signal(SIGINT, on_interrupt);
    std::signal(SIGTERM, on_interrupt);
    unsigned jobs = options_.jobs;
    if (jobs == 0) jobs = std::clamp(std::thread::hardware_concurrency(), 1u, 8u);
    unsigned workers = std::min<unsigned>(jobs, static_cast<unsigned>(files_.size()));
    {
      std::vector<std::jthread> pool;
      for (unsigned w = 1; w < workers; ++w) pool.emplace_back([this] { work(); });
      work();
    }  // joins
    if (store_) finish_store(db);
    if (options_.review && !to_stdout) write_review_index();
    return exit_code();
  }

 private:
  void work() {
    for (std::size_t i = next_++; i < files_.size() && !work_cancelled(); i = next_++)
      results_[i] = convert_one(i);
  }

  fs::path output_base(const Input& input) const { return fs::path(options_.output) / input.stem; }

  // True when the store says this input converted, unchanged, with this version, and its JSON
  // is still there.
  bool unchanged(const Input& input, const std::string& sha, FileResult& result) {
    if (!store_ || options_.force || sha.empty()) return false;
    std::optional<emit::ManifestEntry> m;
    {
      std::lock_guard lock(store_mutex_);
      m = store_->manifest(input.key);
    }
    if (!m || m->status != "ok" || m->sha256 != sha || m->version != version_) return false;
    if (!outputs_exist(input)) return false;
    result.outcome = Outcome::Unchanged;
    result.checks_failed = m->failed_checks > 0;
    return true;
  }

  // Every output asked for is there (a run that adds --xlsx converts again what has none).
  bool outputs_exist(const Input& input) const {
    std::error_code ec;
    std::string base = output_base(input).string();
    return (!options_.json || fs::exists(base + ".json", ec)) &&
           (!options_.csv || fs::is_directory(base, ec)) &&
           (!options_.xlsx || fs::exists(base + ".xlsx", ec));
  }

  FileResult convert_one(std::size_t index) {
    const Input& input = files_[index];
    FileResult result;
    std::string sha = store_ ? file_sha256(input.path) : "";
    if (unchanged(input, sha, result)) return result;
    auto start = std::chrono::steady_clock::now();
    emit::ManifestEntry entry{.path = input.key, .sha256 = sha, .version = version_};
    auto seconds = [&] {
      return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    };
    try {
      WorkDeadline deadline(options_.timeout);
      Document doc = parse::parse_document(extract::read_file(input.path, read_));
      check_work_limit();
      check::run_checks(doc);
      check_work_limit();
      auto summary = check::summarize(doc.checks);
      result.checks_failed = std::any_of(doc.checks.begin(), doc.checks.end(),
                                         [this](const Check& c) { return fails_strict(c); });
      if (options_.output == "-") {
        emit::write_json(doc, std::cout, {.pretty = !options_.compact});
      } else {
        write_document(doc, input);
        if (options_.review)
          review::write_report(doc, input.path, fs::path(options_.output) / "review", input.stem,
                               {.password = options_.password});
      }
      if (store_) {
        std::ostringstream tidy;
        // Always kept: a later run that asks for tidy.csv rebuilds it from the store, and skips
        // this input as unchanged.
        emit::write_tidy_rows(doc, input.key, tidy);
        entry.sha256 = doc.source.sha256;
        entry.pages = doc.source.page_count;
        entry.status = "ok";
        entry.failed_checks = static_cast<int>(summary.failed());
        entry.seconds = seconds();
        std::lock_guard lock(store_mutex_);
        store_->put(doc, entry, tidy.str());
      }
      report(index, describe(doc, summary, input.key));
      result.outcome = Outcome::Converted;
    } catch (const CancelledError&) {
      return result;  // abandoned: a rerun converts it
    } catch (const TimeoutError& e) {
      failed(input, entry, "timed_out", input.key + ": " + e.what(), seconds());
      result.outcome = Outcome::Failed;
    } catch (const FileError& e) {
      failed(input, entry, "failed", describe_file_error(e, input.key), seconds());
      result.outcome = Outcome::Failed;
    } catch (const std::exception& e) {
      failed(input, entry, "failed", input.key + ": " + e.what(), seconds());
      result.outcome = Outcome::Failed;
    }
    return result;
  }

  // A file that fails keeps no outputs of an earlier conversion: its JSON, CSVs and rows go, and
  // the manifest says why.
  void failed(const Input& input, emit::ManifestEntry& entry, const char* status,
              const std::string& message, double seconds) {
    report_error(message);
    if (options_.output == "-") return;
    try {
      std::error_code ec;
      fs::path base = output_base(input);
      fs::remove(base.string() + ".json", ec);
      fs::remove(base.string() + ".xlsx", ec);
      fs::remove_all(base, ec);
      entry.status = status;
      entry.error = message;
      entry.seconds = seconds;
      std::lock_guard lock(store_mutex_);
      if (store_) store_->put_failure(entry);
    } catch (const std::exception& e) {
      report_error(e.what());
    }
  }

  void write_document(const Document& doc, const Input& input) {
    fs::path base = output_base(input);
    std::error_code ec;
    fs::create_directories(base.parent_path(), ec);
    if (ec)
      throw std::runtime_error(base.parent_path().string() + ": cannot create: " + ec.message());
    std::optional<emit::AtomicFile> json;
    if (options_.json) {
      json.emplace(base.string() + ".json");
      emit::write_json(doc, json->stream(), {.pretty = !options_.compact});
    }
    if (options_.csv) write_table_csvs(doc, base, {.bom = options_.csv_bom});
    if (options_.xlsx) emit::write_xlsx(doc, base.string() + ".xlsx");
    if (json) json->commit();  // last: a JSON there means the document's outputs are whole
  }

  bool fails_strict(const Check& c) const {
    if (!is_failure(c.verdict)) return false;
    return std::none_of(options_.ignore.begin(), options_.ignore.end(), [&](const std::string& i) {
      return c.identity == i || (i.ends_with(':') && c.identity.starts_with(i));
    });
  }

  // tidy.csv from every document of the store, so that it holds what is done even after an
  // interruption, and documents skipped as unchanged too.
  void write_review_index() {
    try {
      review::write_index(fs::path(options_.output) / "review");
    } catch (const std::exception& e) {
      report_error(e.what());
    }
  }

  void finish_store(const fs::path& db) {
    try {
      if (options_.tidy) {
        emit::AtomicFile tidy(fs::path(options_.output) / "tidy.csv");
        emit::write_tidy_header(tidy.stream(), {.bom = options_.csv_bom});
        std::vector<std::string> run_paths;
        for (const Input& input : files_) run_paths.push_back(input.key);
        std::sort(run_paths.begin(), run_paths.end());
        store_->each_tidy_csv(run_paths, [&](std::string_view rows) { tidy.stream() << rows; });
        tidy.commit();
      }
      store_->commit();
      store_.reset();
    } catch (const std::exception& e) {
      report_error(e.what());
    }
    if (!options_.store && options_.db.empty()) {
      std::error_code ec;
      for (const char* suffix : {"", "-wal", "-shm", "-journal"})
        fs::remove(db.string() + suffix, ec);
    }
  }

  static std::string describe(const Document& doc, const check::Summary& s,
                              const std::string& key) {
    std::size_t amounts = 0;
    for (const auto& t : doc.tables)
      for (const auto& row : t.rows)
        amounts += static_cast<std::size_t>(
            std::count_if(row.begin(), row.end(), [](const Value& v) { return v.is_amount(); }));
    std::ostringstream line;
    line << check::summary_line(key, s) << " (" << doc.tables.size() << " tables, " << amounts
         << " amounts)";
    return line.str();
  }

  void report(std::size_t index, const std::string& text) {
    if (options_.quiet) return;
    std::lock_guard lock(stderr_mutex_);
    std::cerr << '[' << (index + 1) << '/' << files_.size() << "] " << text << '\n';
  }

  void report_note(const std::string& text) {
    if (options_.quiet) return;
    std::lock_guard lock(stderr_mutex_);
    std::cerr << text << '\n';
  }

  void report_error(const std::string& text) {
    std::lock_guard lock(stderr_mutex_);
    std::cerr << "error: " << text << '\n';
    any_error_ = true;
  }

  std::size_t count(Outcome o) const {
    return static_cast<std::size_t>(std::count_if(results_.begin(), results_.end(),
                                                  [o](const auto& r) { return r.outcome == o; }));
  }

  int exit_code() const {
    bool checks_failed = std::any_of(results_.begin(), results_.end(),
                                     [](const auto& r) { return r.checks_failed; });
    std::size_t done = count(Outcome::Converted), unchanged = count(Outcome::Unchanged);
    std::size_t total = files_.size() + problems_.size();
    if (work_cancelled()) {
      std::cerr << "interrupted: " << done << " of " << total
                << " files converted and kept; the others were not started or abandoned. "
                   "Run the same command again to resume.\n";
      return 130;
    }
    if (!options_.quiet) {
      std::cerr << "converted " << done << " of " << total << " files";
      if (unchanged)
        std::cerr << ", skipped " << unchanged << " unchanged since the last run (--force "
                  << "converts them again)";
      if (options_.output != "-") std::cerr << " into " << options_.output;
      std::cerr << '\n';
    }
    if (any_error_) return 1;
    if (options_.strict && checks_failed) return 3;
    return 0;
  }

  static std::vector<int> parse_pages_option(const std::string& spec) {
    return spec.empty() ? std::vector<int>{} : parse_pages(spec);
  }

  const ConvertOptions& options_;
  extract::ReadOptions read_;
  std::string version_;  // what the manifest records as having converted an input
  std::vector<Input> files_;
  std::vector<InputProblem> problems_;
  std::vector<FileResult> results_;
  std::unique_ptr<emit::Store> store_;
  std::mutex store_mutex_;
  std::atomic<std::size_t> next_{0};
  std::mutex stderr_mutex_;
  std::atomic<bool> any_error_{false};
};

}  // namespace

namespace {

// --format decides the outputs; --no-csv, --no-tidy and --xlsx adjust them.
ConvertOptions with_formats(ConvertOptions options) {
  if (!options.formats.empty()) {
    OutputFormats f = parse_formats(options.formats);
    options.json = f.json;
    options.csv = options.csv && f.csv;
    options.tidy = options.tidy && f.tidy;
    options.xlsx = options.xlsx || f.xlsx;
  }
  if (!options.pages.empty()) parse_pages(options.pages);  // a bad --pages: exit 2 before any work
  return options;
}

// Keeps the inputs (and the problems) of this run's share; says how many when it is a share.
void keep_shard(FoundInputs& found, const ConvertOptions& options) {
  const Shard& shard = options.shard;
  if (shard.count == 1) return;
  std::size_t all = found.files.size() + found.problems.size();
  std::erase_if(found.files, [&](const Input& in) { return !in_shard(in.key, shard); });
  std::erase_if(found.problems, [&](const InputProblem& p) { return !in_shard(p.path, shard); });
  if (!options.quiet)
    std::cerr << "shard " << shard.index << '/' << shard.count << ": "
              << found.files.size() + found.problems.size() << " of " << all << " inputs\n";
}

}  // namespace

int run_convert(const ConvertOptions& given) {
  ConvertOptions options = with_formats(given);
  auto found = find_inputs(options.inputs);
  check_arguments(options, found.files.size() + found.problems.size());
  if (found.files.empty() && found.problems.empty())
    throw std::runtime_error("no .pdf or .txt input found");
  keep_shard(found, options);  // a share may be empty: nothing to do
  return Batch(options, std::move(found)).run();
}

}  // namespace gongkai::cli

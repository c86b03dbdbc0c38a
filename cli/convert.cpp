#include "cli/convert.h"

#include <algorithm>
#include <atomic>
#include <iostream>
#include <mutex>
#include <optional>
#include <sstream>
#include <thread>

#include "check/check.h"
#include "cli/inputs.h"
#include "core/error.h"
#include "core/work_limit.h"
#include "emit/atomic_file.h"
#include "emit/emit.h"
#include "emit/sqlite_store.h"
#include "extract/extract.h"
#include "parse/parse.h"

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

struct FileResult {
  bool converted = false;
  bool checks_failed = false;
  std::string tidy;  // this file's tidy rows, joined in input order at the end
};

// Checks what can be checked before converting anything: arguments that contradict each
// other, an output folder that cannot be made, a store path that cannot be written.
void check_arguments(const ConvertOptions& options, std::size_t files) {
  bool to_stdout = options.output == "-";
  if (to_stdout && !options.sqlite.empty())
    throw UsageError(
        "-o - prints the JSON of one input and writes no store: drop --sqlite, or "
        "give an output folder");
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
        results_(files_.size()) {}

  int run() {
    for (const auto& p : problems_) report_error(p.path + ": " + p.message);
    if (!options_.sqlite.empty()) store_.emplace(options_.sqlite);  // fails before converting
    unsigned jobs = options_.jobs;
    if (jobs == 0) jobs = std::clamp(std::thread::hardware_concurrency(), 1u, 8u);
    unsigned workers = std::min<unsigned>(jobs, static_cast<unsigned>(files_.size()));
    {
      std::vector<std::jthread> pool;
      for (unsigned w = 1; w < workers; ++w) pool.emplace_back([this] { work(); });
      work();
    }  // joins
    if (options_.output != "-") write_run_outputs();
    return exit_code();
  }

 private:
  void work() {
    for (std::size_t i = next_++; i < files_.size() && !work_cancelled(); i = next_++)
      results_[i] = convert_one(i);
  }

  FileResult convert_one(std::size_t index) {
    const Input& input = files_[index];
    FileResult result;
    try {
      WorkDeadline deadline(options_.timeout);
      Document doc = parse::parse_document(extract::read_file(input.path));
      check_work_limit();
      check::run_checks(doc);
      check_work_limit();
      auto summary = check::summarize(doc.checks);
      result.checks_failed = summary.failed() > 0;
      if (options_.output == "-") {
        emit::write_json(doc, std::cout, {.pretty = !options_.compact});
      } else {
        write_document(doc, input.stem);
      }
      if (options_.tidy) {
        std::ostringstream tidy;
        emit::write_tidy_rows(doc, tidy);
        result.tidy = tidy.str();
      }
      if (store_) {
        std::lock_guard lock(store_mutex_);
        store_->add(doc);
      }
      report(index, describe(doc, summary));
      result.converted = true;
    } catch (const CancelledError&) {
      return result;  // abandoned: neither converted nor failed
    } catch (const FileError& e) {
      report_error(describe_file_error(e, input.key));
    } catch (const std::exception& e) {
      report_error(input.key + ": " + e.what());
    }
    return result;
  }

  void write_document(const Document& doc, const std::string& stem) {
    fs::path base = fs::path(options_.output) / stem;
    std::error_code ec;
    fs::create_directories(base.parent_path(), ec);
    if (ec)
      throw std::runtime_error(base.parent_path().string() + ": cannot create: " + ec.message());
    emit::AtomicFile json(base.string() + ".json");
    emit::write_json(doc, json.stream(), {.pretty = !options_.compact});
    if (options_.csv) write_table_csvs(doc, base, {.bom = options_.csv_bom});
    json.commit();
  }

  static std::string describe(const Document& doc, const check::Summary& s) {
    std::size_t amounts = 0;
    for (const auto& t : doc.tables)
      for (const auto& row : t.rows)
        amounts += static_cast<std::size_t>(
            std::count_if(row.begin(), row.end(), [](const Value& v) { return v.is_amount(); }));
    std::ostringstream line;
    line << check::summary_line(doc.source.file_name, s) << " (" << doc.tables.size() << " tables, "
         << amounts << " amounts)";
    return line.str();
  }

  void report(std::size_t index, const std::string& text) {
    if (options_.quiet) return;
    std::lock_guard lock(stderr_mutex_);
    std::cerr << '[' << (index + 1) << '/' << files_.size() << "] " << text << '\n';
  }

  void report_error(const std::string& text) {
    std::lock_guard lock(stderr_mutex_);
    std::cerr << "error: " << text << '\n';
    any_error_ = true;
  }

  void write_run_outputs() {
    fs::path out = options_.output;
    try {
      if (options_.tidy) {
        emit::AtomicFile tidy(out / "tidy.csv");
        emit::write_tidy_header(tidy.stream(), {.bom = options_.csv_bom});
        for (const auto& r : results_) tidy.stream() << r.tidy;
        tidy.commit();
      }
      if (store_) store_->commit();
    } catch (const std::exception& e) {
      report_error(e.what());
    }
  }

  int exit_code() const {
    bool checks_failed = std::any_of(results_.begin(), results_.end(),
                                     [](const auto& r) { return r.checks_failed; });
    if (!options_.quiet) {
      auto done = std::count_if(results_.begin(), results_.end(),
                                [](const auto& r) { return r.converted; });
      std::cerr << "converted " << done << " of " << files_.size() + problems_.size() << " files";
      if (options_.output != "-") std::cerr << " into " << options_.output;
      std::cerr << '\n';
    }
    if (any_error_) return 1;
    if (options_.strict && checks_failed) return 3;
    return 0;
  }

  const ConvertOptions& options_;
  std::vector<Input> files_;
  std::vector<InputProblem> problems_;
  std::vector<FileResult> results_;
  std::optional<emit::SqliteStore> store_;
  std::mutex store_mutex_;
  std::atomic<std::size_t> next_{0};
  std::mutex stderr_mutex_;
  std::atomic<bool> any_error_{false};
};

}  // namespace

int run_convert(const ConvertOptions& options) {
  auto found = find_inputs(options.inputs);
  check_arguments(options, found.files.size() + found.problems.size());
  if (found.files.empty() && found.problems.empty())
    throw std::runtime_error("no .pdf or .txt input found");
  return Batch(options, std::move(found)).run();
}

}  // namespace gongkai::cli

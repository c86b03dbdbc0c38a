#include "cli/convert.h"

#include <algorithm>
#include <atomic>
#include <iostream>
#include <map>
#include <mutex>
#include <sstream>
#include <thread>

#include "check/check.h"
#include "core/error.h"
#include "emit/atomic_file.h"
#include "emit/emit.h"
#include "emit/sqlite_store.h"
#include "extract/extract.h"
#include "parse/parse.h"

namespace gongkai::cli {
namespace fs = std::filesystem;
namespace {

bool is_input_file(const fs::path& p) {
  auto ext = p.extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(),
                 [](unsigned char c) { return std::tolower(c); });
  return ext == ".pdf" || ext == ".txt";
}

// Folders expand to their .pdf/.txt files, sorted, so that a run's order is reproducible.
std::vector<fs::path> expand_inputs(const std::vector<fs::path>& inputs) {
  std::vector<fs::path> files;
  for (const auto& in : inputs) {
    if (!fs::is_directory(in)) {
      files.push_back(in);
      continue;
    }
    std::vector<fs::path> found;
    for (const auto& e : fs::recursive_directory_iterator(in))
      if (e.is_regular_file() && is_input_file(e.path())) found.push_back(e.path());
    std::sort(found.begin(), found.end());
    files.insert(files.end(), found.begin(), found.end());
  }
  return files;
}

// Per-table CSVs go to a fresh folder that replaces NAME/ only once every file is written.
void write_table_csvs(const Document& doc, const fs::path& dir, const emit::CsvOptions& csv) {
  fs::path temp = dir;
  temp += ".tmp";
  fs::remove_all(temp);
  fs::create_directories(temp);
  for (std::size_t i = 0; i < doc.tables.size(); ++i) {
    emit::AtomicFile file(temp / emit::table_csv_name(doc.tables[i], i));
    emit::write_table_csv(doc.tables[i], file.stream(), csv);
    file.commit();
  }
  fs::remove_all(dir);
  fs::rename(temp, dir);
}

// Output names: the input's stem, unless two inputs of the batch share it (a.pdf and a.txt),
// then the stem with its extension ("a-pdf", "a-txt"), so that no output overwrites another.
std::vector<std::string> output_names(const std::vector<fs::path>& files) {
  std::map<std::string, int> uses;
  for (const auto& f : files) ++uses[f.stem().string()];
  std::vector<std::string> names;
  for (const auto& f : files) {
    std::string stem = f.stem().string();
    std::string ext = f.extension().string();
    if (uses[stem] > 1 && !ext.empty()) stem += "-" + ext.substr(1);
    names.push_back(stem);
  }
  return names;
}

struct FileResult {
  bool converted = false;
  bool checks_failed = false;
  std::string tidy;             // this file's tidy rows, joined in input order at the end
  std::optional<Document> doc;  // kept only when a SQLite store is wanted
};

class Batch {
 public:
  Batch(const ConvertOptions& options, std::vector<fs::path> files)
      : options_(options),
        files_(std::move(files)),
        names_(output_names(files_)),
        results_(files_.size()) {}

  int run() {
    bool to_stdout = options_.output == "-";
    if (to_stdout && files_.size() != 1)
      throw std::runtime_error("-o - prints one document: give exactly one input");
    if (!to_stdout) fs::create_directories(options_.output);
    unsigned jobs = options_.jobs;
    if (jobs == 0) jobs = std::clamp(std::thread::hardware_concurrency(), 1u, 8u);
    unsigned workers = std::min<unsigned>(jobs, static_cast<unsigned>(files_.size()));
    std::vector<std::jthread> pool;
    for (unsigned w = 1; w < workers; ++w) pool.emplace_back([this] { work(); });
    work();
    pool.clear();  // joins
    if (!to_stdout) write_run_outputs();
    return exit_code();
  }

 private:
  void work() {
    for (std::size_t i = next_++; i < files_.size(); i = next_++) results_[i] = convert_one(i);
  }

  FileResult convert_one(std::size_t index) {
    const fs::path& path = files_[index];
    FileResult result;
    try {
      Document doc = parse::parse_document(extract::read_file(path));
      check::run_checks(doc);
      auto summary = check::summarize(doc.checks);
      result.checks_failed = summary.failed() > 0;
      if (options_.output == "-") {
        emit::write_json(doc, std::cout, {.pretty = !options_.compact});
      } else {
        write_document(doc, names_[index]);
      }
      if (options_.tidy) {
        std::ostringstream tidy;
        emit::write_tidy_rows(doc, tidy);
        result.tidy = tidy.str();
      }
      report(index, describe(doc, summary));
      result.converted = true;
      if (!options_.sqlite.empty()) result.doc = std::move(doc);
    } catch (const FileError& e) {
      report_error(e.what());
    } catch (const std::exception& e) {
      report_error(path.string() + ": " + e.what());
    }
    return result;
  }

  void write_document(const Document& doc, const std::string& stem) {
    fs::path out = options_.output;
    emit::AtomicFile json(out / (stem + ".json"));
    emit::write_json(doc, json.stream(), {.pretty = !options_.compact});
    if (options_.csv) write_table_csvs(doc, out / stem, {.bom = options_.csv_bom});
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
  }

  void write_run_outputs() {
    fs::path out = options_.output;
    if (options_.tidy) {
      emit::AtomicFile tidy(out / "tidy.csv");
      emit::write_tidy_header(tidy.stream(), {.bom = options_.csv_bom});
      for (const auto& r : results_) tidy.stream() << r.tidy;
      tidy.commit();
    }
    if (!options_.sqlite.empty()) {
      emit::SqliteStore store(options_.sqlite);
      for (const auto& r : results_)
        if (r.doc) store.add(*r.doc);
      store.commit();
    }
  }

  int exit_code() const {
    bool any_failed =
        std::any_of(results_.begin(), results_.end(), [](const auto& r) { return !r.converted; });
    bool checks_failed = std::any_of(results_.begin(), results_.end(),
                                     [](const auto& r) { return r.checks_failed; });
    if (!options_.quiet) {
      auto done = std::count_if(results_.begin(), results_.end(),
                                [](const auto& r) { return r.converted; });
      std::cerr << "converted " << done << " of " << files_.size() << " files";
      if (options_.output != "-") std::cerr << " into " << options_.output;
      std::cerr << '\n';
    }
    if (any_failed) return 1;
    if (options_.strict && checks_failed) return 3;
    return 0;
  }

  const ConvertOptions& options_;
  std::vector<fs::path> files_;
  std::vector<std::string> names_;
  std::vector<FileResult> results_;
  std::atomic<std::size_t> next_{0};
  std::mutex stderr_mutex_;
};

}  // namespace

int run_convert(const ConvertOptions& options) {
  auto files = expand_inputs(options.inputs);
  if (files.empty()) throw std::runtime_error("no .pdf or .txt input found");
  return Batch(options, std::move(files)).run();
}

}  // namespace gongkai::cli

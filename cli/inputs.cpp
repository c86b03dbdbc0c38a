#include "cli/inputs.h"

#include <algorithm>
#include <map>
#include <set>
#include <system_error>

namespace gongkai::cli {
namespace fs = std::filesystem;
namespace {

bool has_input_extension(const fs::path& p) {
  auto ext = p.extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(),
                 [](unsigned char c) { return std::tolower(c); });
  return ext == ".pdf" || ext == ".txt";
}

std::string type_name(fs::file_type type) {
  switch (type) {
    case fs::file_type::fifo:
      return "a named pipe";
    case fs::file_type::socket:
      return "a socket";
    case fs::file_type::block:
      return "a block device";
    case fs::file_type::character:
      return "a character device";
    default:
      return "not a regular file";
  }
}

struct Found {
  fs::path path;
  fs::path root;  // the folder given, or empty for a file given by itself
  std::string key;
};

class Finder {
 public:
  void given(const fs::path& path) {
    std::error_code ec;
    fs::file_status status = fs::status(path, ec);
    if (ec || !fs::exists(status)) {
      problem(path, ec ? ec.message() : "no such file or directory");
      return;
    }
    if (fs::is_directory(status)) {
      walk(path, path);
    } else {
      add_file(path, {}, status);
    }
  }

  FoundInputs finish();

 private:
  void walk(const fs::path& dir, const fs::path& root) {
    std::error_code ec;
    fs::directory_iterator it(dir, ec);
    if (ec) {
      problem(dir, "cannot read the folder: " + ec.message());
      return;
    }
    std::vector<fs::directory_entry> entries;
    for (; it != fs::directory_iterator(); it.increment(ec)) {
      if (ec) break;
      entries.push_back(*it);
    }
    if (ec) problem(dir, "cannot read the folder: " + ec.message());
    std::sort(entries.begin(), entries.end(),
              [](const auto& a, const auto& b) { return a.path() < b.path(); });
    for (const auto& entry : entries) {
      std::error_code link_ec;
      bool is_link = entry.is_symlink(link_ec);
      fs::file_status status = entry.status(ec);  // follows symbolic links
      if (ec || !fs::exists(status)) {
        // A broken link or a loop: named only when it looks like an input.
        if (has_input_extension(entry.path()))
          problem(entry.path(), ec ? ec.message() : "a broken symbolic link");
        continue;
      }
      if (fs::is_directory(status)) {
        if (!is_link) walk(entry.path(), root);
        continue;
      }
      if (has_input_extension(entry.path())) add_file(entry.path(), root, status);
    }
  }

  void add_file(const fs::path& path, const fs::path& root, fs::file_status status) {
    if (!fs::is_regular_file(status)) {
      problems_.push_back(
          {path.string(), type_name(status.type()) + ", not a file: skipped", true});
      return;
    }
    std::error_code ec;
    fs::path canonical = fs::weakly_canonical(path, ec);
    if (!ec && !seen_.insert(canonical).second) return;  // the same file given twice
    std::string key =
        root.empty() ? path.filename().string() : path.lexically_relative(root).generic_string();
    found_.push_back({path, root, key});
  }

  void problem(const fs::path& path, std::string message) {
    problems_.push_back({path.string(), std::move(message)});
  }

  std::vector<Found> found_;
  std::vector<InputProblem> problems_;
  std::set<fs::path> seen_;
};

// Keys that two inputs share (the same relative path below two folders given, or two files of
// one name given by themselves) take the name of the folder above them, then a number.
void make_keys_unique(std::vector<Found>& found) {
  std::map<std::string, int> uses;
  for (const auto& f : found) ++uses[f.key];
  for (auto& f : found) {
    if (uses[f.key] < 2) continue;
    fs::path above = f.root.empty() ? f.path.parent_path() : f.root;
    std::string prefix = fs::absolute(above).lexically_normal().filename().string();
    if (prefix.empty()) prefix = "root";
    f.key = prefix + "/" + f.key;
  }
  std::map<std::string, int> taken;
  for (auto& f : found) {
    int n = ++taken[f.key];
    if (n > 1) {
      fs::path key(f.key);
      f.key = (key.parent_path() /
               (key.stem().string() + "~" + std::to_string(n) + key.extension().string()))
                  .generic_string();
    }
  }
}

// Output stems: the key without its extension, unless that would make two outputs one
// (a.pdf and a.txt in one folder) or put a per-table CSV folder where a subfolder of outputs
// goes (2018.pdf beside 2018/): then the extension stays in the name ("a-pdf", "2018-pdf").
std::vector<std::string> output_stems(const std::vector<Found>& found) {
  std::map<std::string, int> uses;
  std::set<std::string> folders;
  auto bare = [](const std::string& key) {
    fs::path k(key);
    return (k.parent_path() / k.stem()).generic_string();
  };
  for (const auto& f : found) {
    ++uses[bare(f.key)];
    for (fs::path p = fs::path(f.key).parent_path(); !p.empty(); p = p.parent_path())
      folders.insert(p.generic_string());
  }
  std::vector<std::string> stems;
  for (const auto& f : found) {
    std::string stem = bare(f.key);
    std::string ext = fs::path(f.key).extension().string();
    if ((uses[stem] > 1 || folders.count(stem)) && !ext.empty()) stem += "-" + ext.substr(1);
    stems.push_back(stem);
  }
  return stems;
}

FoundInputs Finder::finish() {
  make_keys_unique(found_);
  auto stems = output_stems(found_);
  FoundInputs out;
  for (std::size_t i = 0; i < found_.size(); ++i)
    out.files.push_back({found_[i].path, found_[i].key, stems[i]});
  out.problems = std::move(problems_);
  return out;
}

}  // namespace

FoundInputs find_inputs(const std::vector<fs::path>& given) {
  Finder finder;
  for (const auto& path : given) finder.given(path);
  return finder.finish();
}

}  // namespace gongkai::cli

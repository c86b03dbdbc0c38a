// Reads tab-separated extracted text: a line with a tab is a grid row; consecutive grid rows
// (blank lines and dash rules between them allowed) form one region. A form feed starts a page.
#include <algorithm>
#include <fstream>
#include <iterator>

#include "core/error.h"
#include "core/sha256.h"
#include "core/work_limit.h"
#include "extract/extract.h"
#include "extract/page_selection.h"
#include "extract/text_encoding.h"

namespace gongkai::extract {
namespace {

std::vector<std::string> split_tabs(std::string_view line) {
  std::vector<std::string> cells;
  std::size_t start = 0;
  while (true) {
    auto tab = line.find('\t', start);
    cells.emplace_back(line.substr(start, tab == std::string_view::npos ? tab : tab - start));
    if (tab == std::string_view::npos) break;
    start = tab + 1;
  }
  return cells;
}

bool is_blank(std::string_view line) {
  return line.find_first_not_of(" \t\r\f\v") == std::string_view::npos;
}

// "---------\t-------\t--" rows are drawn rules, not data.
bool is_rule(std::string_view line) {
  return !is_blank(line) && line.find_first_not_of("-=_ \t\r") == std::string_view::npos;
}

// Caps on one line of text input. A printed table row is a few hundred bytes and tens of cells;
// far beyond these, an input is not a disclosure (a data dump, a file of one endless line), and
// the work on it would grow faster than its size.
constexpr std::size_t kMaxLineBytes = 1 << 20;
constexpr std::size_t kMaxCells = 2'000;

void check_line_size(std::string_view line, int number, const std::string& file) {
  if (line.size() > kMaxLineBytes)
    throw FileError(file, 0,
                    "line " + std::to_string(number) + " holds " + std::to_string(line.size()) +
                        " bytes, more than the limit of " + std::to_string(kMaxLineBytes) +
                        " for one printed row: not a table's text");
  auto cells = static_cast<std::size_t>(std::count(line.begin(), line.end(), '\t')) + 1;
  if (cells > kMaxCells)
    throw FileError(file, 0,
                    "line " + std::to_string(number) + " has " + std::to_string(cells) +
                        " tab-separated cells, more than the limit of " +
                        std::to_string(kMaxCells) + " for one printed row: not a table's text");
}

}  // namespace

SourceDocument read_text_bytes(std::string_view bytes, std::string display_name) {
  SourceDocument doc;
  doc.info.file_name = std::move(display_name);
  doc.info.format = "text";
  doc.info.sha256 = sha256_hex(bytes);
  Utf8Text utf8;
  try {
    utf8 = to_utf8(bytes);
  } catch (const EncodingError& e) {
    if (bytes.find('\0') != std::string_view::npos)
      throw FileError(doc.info.file_name, 0,
                      "binary data in a text input (is it a PDF or a spreadsheet?)");
    throw FileError(doc.info.file_name, 0, e.what());
  }
  if (utf8.text.find('\0') != std::string::npos)
    throw FileError(doc.info.file_name, 0,
                    "binary data in a text input (is it a PDF or a spreadsheet?)");
  if (utf8.encoding != "UTF-8")
    doc.diagnostics.push_back({Diagnostic::Severity::Info, 0,
                               "text input in " + utf8.encoding + ", converted to UTF-8",
                               "encoding_converted"});
  bytes = utf8.text;

  int page = 1;
  int region = -1;
  int next_region = 0;
  bool in_grid = false;
  std::size_t start = 0;
  int line_number = 0;
  while (start <= bytes.size()) {
    auto end = bytes.find('\n', start);
    std::string_view line = bytes.substr(start, end == std::string_view::npos ? end : end - start);
    start = end == std::string_view::npos ? bytes.size() + 1 : end + 1;
    if (++line_number % 4096 == 0) check_work_limit();
    check_line_size(line, line_number, doc.info.file_name);
    while (!line.empty() && line.front() == '\f') {
      ++page;
      in_grid = false;  // as in a PDF, a grid ends with its page
      line.remove_prefix(1);
    }
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (is_blank(line) || is_rule(line)) continue;
    SourceLine out;
    out.page = page;
    if (line.find('\t') != std::string_view::npos) {
      if (!in_grid) region = next_region++;
      in_grid = true;
      out.region = region;
      for (auto& text : split_tabs(line)) out.cells.push_back({std::move(text), {}});
    } else {
      in_grid = false;
      out.cells.push_back({std::string(line), {}});
    }
    doc.lines.push_back(std::move(out));
  }
  doc.info.page_count = page;
  return doc;
}

SourceDocument read_text(const std::filesystem::path& path, const ReadOptions& options) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw FileError(path.filename().string(), 0, "cannot open the file");
  std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  SourceDocument doc = read_text_bytes(bytes, path.filename().string());
  keep_selected_pages(doc, options.pages);
  return doc;
}

SourceDocument read_file(const std::filesystem::path& path, const ReadOptions& options) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw FileError(path.filename().string(), 0, "cannot open the file");
  // The PDF header may follow a little junk: readers look for it in the first 1024 bytes.
  std::string head(1024, '\0');
  in.read(head.data(), static_cast<std::streamsize>(head.size()));
  head.resize(static_cast<std::size_t>(in.gcount()));
  if (head.find("%PDF-") != std::string::npos) return read_pdf(path, options);
  std::string ext = path.extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(),
                 [](unsigned char c) { return std::tolower(c); });
  if (ext == ".pdf") {
    // A download that failed often saves an HTML error page under the PDF's name.
    std::string start = head.substr(0, 16);
    for (char& c : start)
      if (static_cast<unsigned char>(c) < 0x20) c = ' ';
    throw FileError(
        path.filename().string(), 0,
        "not a PDF (no %PDF- header; the file starts with \"" + start + "\"): download it again");
  }
  return read_text(path, options);
}

}  // namespace gongkai::extract

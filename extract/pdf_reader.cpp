// Reads a PDF page by page: poppler gives words and ruling lines (poppler_adapter), the layout
// turns them into printed lines (layout). A page that fails becomes a diagnostic.
#include <algorithm>
#include <fstream>
#include <iterator>
#include <optional>

#include "core/error.h"
#include "core/sha256.h"
#include "core/work_limit.h"
#include "extract/extract.h"
#include "extract/layout.h"
#include "extract/page_selection.h"
#include "extract/poppler_adapter.h"

namespace gongkai::extract {
namespace {

std::string file_bytes(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw FileError(path.filename().string(), 0, "cannot open the file");
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

Diagnostic page_diagnostic(Diagnostic::Severity severity, int page, std::string message) {
  return {severity, page, std::move(message), {}};
}

// A printed amount standing alone between spaces, with a decimal point or thousands comma.
bool amount_token(std::string_view t) {
  bool digit = false, mark = false;
  for (char c : t) {
    if (c >= '0' && c <= '9')
      digit = true;
    else if (c == '.' || c == ',')
      mark = true;
    else if (c != '-')
      return false;
  }
  return digit && mark;
}

// Text lines ending in two amounts or more look like table rows that no grid claimed (columns
// too unclear without ruling lines to place them). Saying so lets the checks call a sum that
// misses them a parse doubt, not an error in the document.
std::optional<Diagnostic> rows_left_as_text(const std::vector<SourceLine>& lines, int page) {
  int count = 0;
  for (const auto& line : lines) count += is_row_left_as_text(line);
  if (count == 0) return std::nullopt;
  Diagnostic d = page_diagnostic(Diagnostic::Severity::Warning, page,
                                 "page " + std::to_string(page) + ": " + std::to_string(count) +
                                     " line(s) with amounts were not placed in a table (columns "
                                     "unclear); tables on this page may miss rows");
  d.code = "rows_left_as_text";
  return d;
}

// The most elementary cells a page's ruling lines may draw (distinct x × distinct y). Real
// tables stay far below (a dense page: 60 × 30); a drawing of thousands of lines each way would
// make the grid work grow with its square, so its lines are dropped and the page says so.
constexpr std::size_t kMaxGridCells = 250'000;

std::size_t distinct_positions(std::vector<double> values) {
  std::sort(values.begin(), values.end());
  std::size_t n = 0;
  double last = 0;
  for (double v : values)
    if (n == 0 || v - last > 2.0) ++n, last = v;
  return n;
}

// Drops the page's ruling lines when they would draw more than kMaxGridCells cells.
std::optional<Diagnostic> cap_rulings(PageContent& page) {
  std::vector<double> xs, ys;
  for (const auto& s : page.segments)
    (s.horizontal() ? ys : xs).push_back(s.horizontal() ? s.box.y0 : s.box.x0);
  std::size_t columns = distinct_positions(std::move(xs)), rows = distinct_positions(std::move(ys));
  if (columns * rows <= kMaxGridCells) return std::nullopt;
  page.segments.clear();
  Diagnostic d = page_diagnostic(
      Diagnostic::Severity::Error, page.number,
      "page " + std::to_string(page.number) + ": " + std::to_string(rows) + " × " +
          std::to_string(columns) + " ruling lines, more than a table draws (limit " +
          std::to_string(kMaxGridCells) + " cells): the lines were ignored");
  d.code = "too_many_rulings";
  return d;
}

}  // namespace

bool is_row_left_as_text(const SourceLine& line) {
  if (line.region >= 0 || line.cells.empty()) return false;
  // Amounts closing the line one after another, as a row's cells do; a sentence puts words
  // between its figures.
  int trailing = 0;
  std::string_view text = line.cells.front().text;
  while (!text.empty()) {
    auto end = text.find(' ');
    trailing = amount_token(text.substr(0, end)) ? trailing + 1 : 0;
    text.remove_prefix(end == std::string_view::npos ? text.size() : end + 1);
  }
  return trailing >= 2;
}

namespace {

// Reads one page into doc; its trouble goes into doc.diagnostics.
// `state` carries what one page's layout tells the next (region ids, a table's columns).
void read_page(PdfSource& pdf, int number, LayoutState& state, SourceDocument& doc) {
  std::vector<std::string> warnings;
  try {
    check_work_limit();
    PageContent page = pdf.read_page(number, &warnings);
    if (auto capped = cap_rulings(page)) doc.diagnostics.push_back(std::move(*capped));
    if (page.words.empty())
      doc.diagnostics.push_back(
          page_diagnostic(Diagnostic::Severity::Info, number,
                          "page " + std::to_string(number) + " has no text (image only?)"));
    auto lines = lay_out_page(page, state);
    if (auto left = rows_left_as_text(lines, number)) doc.diagnostics.push_back(std::move(*left));
    if (state.inferred_tables > 0) {
      Diagnostic d = page_diagnostic(
          Diagnostic::Severity::Warning, number,
          "page " + std::to_string(number) +
              ": a table without ruling lines continues in fewer columns; its columns were "
              "inferred from the rows above it, check them");
      d.code = "columns_inferred";
      doc.diagnostics.push_back(std::move(d));
    }
    for (const auto& axis : state.charts) {
      Diagnostic d = page_diagnostic(Diagnostic::Severity::Info, number,
                                     "page " + std::to_string(number) + ": a chart (value axis " +
                                         axis + "), not read as a table");
      d.code = "chart_not_read";
      doc.diagnostics.push_back(std::move(d));
    }
    for (auto& line : lines) doc.lines.push_back(std::move(line));
  } catch (const WorkLimitError&) {
    throw;  // the file's time is up (or the run cancelled): not a fault of this page
  } catch (const std::exception& e) {
    doc.diagnostics.push_back(
        page_diagnostic(Diagnostic::Severity::Error, number,
                        "page " + std::to_string(number) + " could not be read: " + e.what()));
  }
  if (!warnings.empty())
    doc.diagnostics.push_back(page_diagnostic(Diagnostic::Severity::Warning, number,
                                              "poppler reported " +
                                                  std::to_string(warnings.size()) +
                                                  " problem(s), first: " + warnings.front()));
}

}  // namespace

SourceDocument read_pdf(const std::filesystem::path& path, const ReadOptions& options) {
  SourceDocument doc;
  doc.info.file_name = path.filename().string();
  doc.info.format = "pdf";
  doc.info.sha256 = sha256_hex(file_bytes(path));
  PdfSource pdf(path, options.password);
  doc.info.page_count = pdf.page_count();
  check_selected_pages(options.pages, doc.info.page_count, doc.info.file_name);
  LayoutState state;  // carried from one page read to the next, whether or not they are adjacent
  if (options.pages.empty())
    for (int n = 1; n <= doc.info.page_count; ++n) read_page(pdf, n, state, doc);
  for (int n : options.pages) read_page(pdf, n, state, doc);
  // Every page asked for is a full reading, checked as such.
  if (static_cast<int>(options.pages.size()) < doc.info.page_count)
    doc.info.selected_pages = options.pages;
  return doc;
}

}  // namespace gongkai::extract

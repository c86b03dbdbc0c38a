// Reads a PDF page by page: poppler gives words and ruling lines (poppler_adapter), the layout
// turns them into printed lines (layout). A page that fails becomes a diagnostic.
#include <fstream>
#include <iterator>
#include <optional>

#include "core/error.h"
#include "core/sha256.h"
#include "extract/extract.h"
#include "extract/layout.h"
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
  for (const auto& line : lines) {
    if (line.region >= 0 || line.cells.empty()) continue;
    // Amounts closing the line one after another, as a row's cells do; a sentence puts words
    // between its figures.
    int trailing = 0;
    std::string_view text = line.cells.front().text;
    while (!text.empty()) {
      auto end = text.find(' ');
      trailing = amount_token(text.substr(0, end)) ? trailing + 1 : 0;
      text.remove_prefix(end == std::string_view::npos ? text.size() : end + 1);
    }
    count += trailing >= 2;
  }
  if (count == 0) return std::nullopt;
  Diagnostic d = page_diagnostic(Diagnostic::Severity::Warning, page,
                                 "page " + std::to_string(page) + ": " + std::to_string(count) +
                                     " line(s) with amounts were not placed in a table (columns "
                                     "unclear); tables on this page may miss rows");
  d.code = "rows_left_as_text";
  return d;
}

// Reads one page into doc; its trouble goes into doc.diagnostics.
// `state` carries what one page's layout tells the next (region ids, a table's columns).
void read_page(PdfSource& pdf, int number, LayoutState& state, SourceDocument& doc) {
  std::vector<std::string> warnings;
  try {
    PageContent page = pdf.read_page(number, &warnings);
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
    for (auto& line : lines) doc.lines.push_back(std::move(line));
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

SourceDocument read_pdf(const std::filesystem::path& path) {
  SourceDocument doc;
  doc.info.file_name = path.filename().string();
  doc.info.format = "pdf";
  doc.info.sha256 = sha256_hex(file_bytes(path));
  PdfSource pdf(path);
  doc.info.page_count = pdf.page_count();
  LayoutState state;
  for (int n = 1; n <= doc.info.page_count; ++n) read_page(pdf, n, state, doc);
  return doc;
}

}  // namespace gongkai::extract

// Reads a PDF page by page: poppler gives words and ruling lines (poppler_adapter), the layout
// turns them into printed lines (layout). A page that fails becomes a diagnostic.
#include <fstream>
#include <iterator>

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
  return {severity, page, std::move(message)};
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
    for (auto& line : lay_out_page(page, state)) doc.lines.push_back(std::move(line));
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

// The review stage: pages a person can open to see what gongkai read and what failed.
//
//   review::write_report(doc, "budget.pdf", "out/review", "budget");   // out/review/budget.html
//   review::write_index("out/review");                                  // out/review/index.html
//   review::write_page_png("budget.pdf", 5, "p5.png");                  // one page, overlay drawn
//
// A report is one self-contained HTML file (images inlined as data: URIs, its style and script
// inline, nothing fetched from anywhere): every page that holds a table rendered by poppler-cpp,
// each table and cell drawn over it and coloured by role (header, label, code, amount; rows
// extraction left as text), the tables as HTML beside their first page, the failed and doubtful
// checks with what was expected and found — a click (or a link to #check-N) marks the cells and
// narrative lines the check read — and the diagnostics, on their page where they have one.
#pragma once

#include <filesystem>
#include <string>

#include "core/model.h"

namespace gongkai::review {

struct ReviewOptions {
  // 120 dpi: 8-point CJK glyphs come out 13 pixels high, legible; a gray A4 page is 1,000 ×
  // 1,400 pixels.
  double dpi = 120;
  std::string password;  // an encrypted PDF's (convert --password)
};

// Writes DIR/NAME.html for `doc` ('/' in NAME becomes '-': reports sit side by side), read from
// `input` (its PDF is read again for the page images and the lines outside tables; a text input
// gets a report without images). Atomic.
void write_report(const Document& doc, const std::filesystem::path& input,
                  const std::filesystem::path& dir, const std::string& name,
                  const ReviewOptions& options = {});

// DIR/index.html: every report in DIR with its verdict counts, worst first (source errors, then
// parse doubts), each linking to its report.
void write_index(const std::filesystem::path& dir);

// Page `page` of `pdf` (read, parsed and checked) in colour, with the report's overlay, as PNG.
void write_page_png(const std::filesystem::path& pdf, int page, const std::filesystem::path& png,
                    double dpi = 120);

}  // namespace gongkai::review

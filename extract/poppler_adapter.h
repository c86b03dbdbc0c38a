// The only door to poppler's core API (PDFDoc, TextOutputDev, GfxState): one pass per page
// collects the words and the ruling lines, handed out as plain data (layout.h).
//
//   PdfSource pdf("budget.pdf");            // throws FileError when poppler cannot open it
//   for (int n = 1; n <= pdf.page_count(); ++n) PageContent page = pdf.read_page(n);
//
// Coordinates are device space at 72 dpi with a top-left origin; the page's /Rotate is applied,
// and a page whose text runs sideways (a landscape table on a portrait page) is turned so that
// its text reads left to right, words and segments alike.
#pragma once

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "extract/layout.h"

namespace gongkai::extract {

class PdfSource {
 public:
  // `password` opens an encrypted PDF (owner or user password; empty: none). A PDF it does not
  // open is a FileError: "encrypted: give --password".
  explicit PdfSource(const std::filesystem::path& path, const std::string& password = "");
  ~PdfSource();
  PdfSource(const PdfSource&) = delete;
  PdfSource& operator=(const PdfSource&) = delete;

  int page_count() const;

  // Words and ruling lines of page `number` (1-based). Throws std::runtime_error when the page
  // cannot be read. Problems poppler reported while reading it are left in `warnings`.
  PageContent read_page(int number, std::vector<std::string>* warnings = nullptr);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace gongkai::extract

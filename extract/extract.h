// The extract stage: a file in, its printed lines out (plain data, see core/model.h).
//
//   auto doc = gongkai::extract::read_file("samples/sx-wsb-2024-budget.txt");
//   for (const auto& line : doc.lines) { ... line.cells[i].text ... }
//
// Text input: one printed row a line, table cells separated by tabs (the seed's form).
// PDF input: words and ruling lines from poppler, cells built by geometry (see layout.h).
// Throws gongkai::FileError (naming the file, and the page where known) when the file cannot
// be read at all; page-level trouble becomes a Diagnostic and the other pages go on.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "core/model.h"

namespace gongkai::extract {

// What to read of a file. A page outside the document, or a PDF the password does not open,
// is a FileError naming the file.
struct ReadOptions {
  // 1-based, ascending, no repeats; empty: every page. A text input's pages are its form feeds.
  std::vector<int> pages;
  // Opens an encrypted PDF (its owner or its user password); unused for text.
  std::string password;
};

// Tab-separated text already extracted from a disclosure. `display_name` is what outputs and
// messages call the file.
SourceDocument read_text_bytes(std::string_view bytes, std::string display_name);
SourceDocument read_text(const std::filesystem::path& path, const ReadOptions& options = {});

// A PDF, every page asked for, one pass of poppler per page.
SourceDocument read_pdf(const std::filesystem::path& path, const ReadOptions& options = {});

// Chooses by content: a "%PDF-" header in the first 1024 bytes is a PDF; a .pdf without one is
// an error (often a saved HTML error page); anything else is read as text.
SourceDocument read_file(const std::filesystem::path& path, const ReadOptions& options = {});

// A text line of a PDF page that ends in two amounts or more, as a table row does: a row that no
// grid claimed (its columns were unclear), reported as `rows_left_as_text`.
bool is_row_left_as_text(const SourceLine& line);

}  // namespace gongkai::extract

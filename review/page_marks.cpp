#include "review/page_marks.h"

#include <algorithm>
#include <cmath>
#include <set>

#include "extract/extract.h"
#include "normalize/normalize.h"

namespace gongkai::review {
namespace {

bool has_extent(const Box& b) {
  return b.width() > 0.5 && b.height() > 0.5;
}

MarkKind kind_of(ColumnRole role) {
  switch (role) {
    case ColumnRole::Code:
      return MarkKind::Code;
    case ColumnRole::Amount:
      return MarkKind::Amount;
    default:
      return MarkKind::Label;
  }
}

// A merged span repeats its box in every column it covers: one mark for it.
bool same_box(const Box& a, const Box& b) {
  return std::abs(a.x0 - b.x0) < 0.01 && std::abs(a.x1 - b.x1) < 0.01 &&
         std::abs(a.y0 - b.y0) < 0.01 && std::abs(a.y1 - b.y1) < 0.01;
}

void mark_table(const Table& t, std::size_t ti, int page, std::vector<PageMark>& outline,
                std::vector<PageMark>& cells) {
  Box extent;
  bool any = false;
  auto extend = [&](const Box& b) {
    extent = any ? unite(extent, b) : b;
    any = true;
  };
  for (std::size_t r = 0; r < t.header_places.size(); ++r) {
    const auto& place = t.header_places[r];
    if (place.page != page) continue;
    for (std::size_t c = 0; c < place.cells.size(); ++c) {
      const Box& b = place.cells[c];
      if (!has_extent(b)) continue;
      extend(b);
      if (c > 0 && same_box(b, place.cells[c - 1])) continue;
      cells.push_back({MarkKind::Header, b, ti, r, c, c < t.columns.size() ? t.columns[c] : ""});
    }
  }
  for (std::size_t r = 0; r < t.row_places.size() && r < t.rows.size(); ++r) {
    const auto& place = t.row_places[r];
    if (place.page != page) continue;
    for (std::size_t c = 0; c < place.cells.size() && c < t.rows[r].size(); ++c) {
      const Box& b = place.cells[c];
      if (!has_extent(b)) continue;
      extend(b);
      const Value& v = t.rows[r][c];
      if (v.is_null()) continue;
      MarkKind kind = c < t.roles.size() ? kind_of(t.roles[c]) : MarkKind::Label;
      cells.push_back({kind, b, ti, r, c, v.text});
    }
  }
  if (any) outline.push_back({MarkKind::Table, extent, ti, 0, 0, numbered_title(t)});
}

// Text without spaces: a PDF breaks words and lines anywhere.
std::string squeezed(std::string_view text) {
  std::string out;
  for (char c : text)
    if (c != ' ') out += c;
  return out;
}

// The first / last `n` code points of UTF-8 text.
std::string_view head(std::string_view s, std::size_t n) {
  std::size_t i = 0;
  for (std::size_t k = 0; i < s.size() && k < n; ++k) do
      ++i;
    while (i < s.size() && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80);
  return s.substr(0, i);
}

std::string_view tail(std::string_view s, std::size_t n) {
  std::size_t i = s.size();
  for (std::size_t k = 0; i > 0 && k < n; ++k) do
      --i;
    while (i > 0 && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80);
  return s.substr(i);
}

}  // namespace

std::string_view kind_name(MarkKind kind) {
  switch (kind) {
    case MarkKind::Table:
      return "table";
    case MarkKind::Header:
      return "header";
    case MarkKind::Label:
      return "label";
    case MarkKind::Code:
      return "code";
    case MarkKind::Amount:
      return "amount";
    case MarkKind::LeftAsText:
      return "left-as-text";
    case MarkKind::Quote:
      return "quote";
  }
  return "label";
}

std::vector<PageMark> marks_on_page(const Document& doc, const SourceDocument& source, int page) {
  std::vector<PageMark> outline, cells;
  for (std::size_t t = 0; t < doc.tables.size(); ++t)
    mark_table(doc.tables[t], t, page, outline, cells);
  outline.insert(outline.end(), cells.begin(), cells.end());
  for (const auto& line : source.lines)
    if (line.page == page && extract::is_row_left_as_text(line) && has_extent(line.box))
      outline.push_back({MarkKind::LeftAsText, line.box, 0, 0, 0, line.cells.front().text});
  return outline;
}

std::vector<int> pages_with_tables(const Document& doc) {
  std::set<int> pages;
  for (const auto& t : doc.tables) {
    for (const auto& p : t.row_places)
      if (p.page > 0) pages.insert(p.page);
    for (const auto& p : t.header_places)
      if (p.page > 0) pages.insert(p.page);
  }
  return {pages.begin(), pages.end()};
}

std::vector<QuotePlace> find_quote(const SourceDocument& source, std::string_view quote) {
  // The narrative as one stream of its lines' cleaned text, each line's span remembered.
  std::string stream;
  std::vector<std::pair<std::size_t, const SourceLine*>> starts;
  for (const auto& line : source.lines) {
    if (line.region >= 0 || !has_extent(line.box)) continue;
    std::string text;
    for (const auto& c : line.cells) text += c.text;
    starts.emplace_back(stream.size(), &line);
    stream += squeezed(normalize::clean_text(text));
  }
  const std::string wanted = squeezed(quote);
  if (wanted.empty()) return {};
  std::size_t at = stream.find(wanted), length = wanted.size();
  // A quote the checks assembled across a break may not be printed whole: its ends are.
  for (std::string_view part : {head(wanted, 16), tail(wanted, 16)}) {
    if (at != std::string::npos || part.size() < 12) break;
    at = stream.find(part);
    length = part.size();
  }
  if (at == std::string::npos) return {};
  std::vector<QuotePlace> places;
  for (std::size_t i = 0; i < starts.size(); ++i) {
    std::size_t begin = starts[i].first;
    std::size_t end = i + 1 < starts.size() ? starts[i + 1].first : stream.size();
    if (end > at && begin < at + length && end > begin)
      places.push_back({starts[i].second->page, starts[i].second->box});
  }
  return places;
}

std::string quoted_passage(std::string_view location) {
  auto open = location.find(": '");
  if (open == std::string_view::npos) return {};
  open += 3;
  auto close = location.find('\'', open);
  if (close == std::string_view::npos) return {};
  return std::string(location.substr(open, close - open));
}

}  // namespace gongkai::review

// The HTML report of one document (see review.h).
#include <algorithm>
#include <map>
#include <optional>
#include <set>
#include <sstream>
#include <utility>

#include "check/check.h"
#include "emit/atomic_file.h"
#include "extract/extract.h"
#include "extract/render.h"
#include "review/html_text.h"
#include "review/page_marks.h"
#include "review/report_parts.h"
#include "review/report_style.h"
#include "review/review.h"

namespace gongkai::review {
namespace {

using detail::escape;
using detail::fixed;

bool failed(const Check& c) {
  return c.verdict == Verdict::SourceError || c.verdict == Verdict::ParseDoubt;
}

std::string cell_id(std::size_t t, std::size_t r, std::size_t c) {
  return std::to_string(t) + "-" + std::to_string(r) + "-" + std::to_string(c);
}

// Where each failed check points: element ids to mark, and the pages they are on.
struct CheckPlaces {
  std::vector<std::string> ids;
  std::set<int> pages;
};

class ReportWriter {
 public:
  ReportWriter(const Document& doc, const std::filesystem::path& input,
               const ReviewOptions& options)
      : doc_(doc), input_(input), options_(options) {
    if (doc.source.format == "pdf")
      source_ = extract::read_file(input, {.pages = {}, .password = options.password});
    locate_checks();
  }

  void write(std::ostream& out) {
    const auto summary = check::summarize(doc_.checks);
    out << "<!DOCTYPE html>\n<html lang=\"zh\"><head><meta charset=\"utf-8\">\n"
        << detail::index_comment(doc_, summary) << "\n<title>" << escape(doc_.source.file_name)
        << " — gongkai review</title>\n<style>" << detail::kStyle
        << "</style></head>\n<body data-checks=\"" << doc_.checks.size() << "\" data-failed=\""
        << summary.failed() << "\">\n";
    write_header(out, summary);
    out << "<main>\n";
    if (doc_.source.format != "pdf")
      out << "<section><p>A text input: no page images.</p><div class=\"tables\">"
          << detail::all_tables_html(doc_) << "</div></section>\n";
    for (int page : pages_) write_page(out, page);
    out << "</main>\n<script>" << detail::kScript << "</script>\n</body></html>\n";
  }

 private:
  void locate_checks() {
    std::set<int> pages;
    for (int p : pages_with_tables(doc_)) pages.insert(p);
    for (std::size_t k = 0; k < doc_.checks.size(); ++k) {
      const Check& c = doc_.checks[k];
      if (!failed(c)) continue;
      CheckPlaces& where = places_[k];
      for (const TableCell& cell : c.cells) {
        if (cell.table >= doc_.tables.size()) continue;
        const Table& t = doc_.tables[cell.table];
        std::string id = cell_id(cell.table, cell.row, cell.column);
        where.ids.push_back("c-" + id);
        where.ids.push_back("h-" + id);
        if (cell.row < t.row_places.size() && t.row_places[cell.row].page > 0)
          where.pages.insert(t.row_places[cell.row].page);
      }
      std::string passage = quoted_passage(c.location);
      if (passage.empty() || source_.lines.empty()) continue;
      auto found = find_quote(source_, passage);
      for (std::size_t i = 0; i < found.size(); ++i) {
        std::string id = "q-" + std::to_string(k) + "-" + std::to_string(i);
        where.ids.push_back(id);
        where.pages.insert(found[i].page);
        pages.insert(found[i].page);
        quotes_[found[i].page].push_back({MarkKind::Quote, found[i].box, 0, 0, 0, id});
      }
    }
    if (doc_.source.format == "pdf") pages_.assign(pages.begin(), pages.end());
  }

  void write_header(std::ostream& out, const check::Summary& s) {
    out << "<aside><h1>" << escape(doc_.source.file_name) << "</h1>\n<div class=\"meta\">"
        << escape(doc_.document.title) << " · " << escape(doc_.document.department) << " · "
        << (doc_.document.year ? std::to_string(doc_.document.year) : "year unknown") << " · "
        << escape(doc_.document.kind) << " · " << doc_.source.page_count << " pages · "
        << doc_.tables.size() << " tables · sha256 " << escape(doc_.source.sha256.substr(0, 12))
        << "</div>\n<p class=\"counts\"><span>" << s.total() << " checks</span><span>" << s.ok
        << " ok</span><span>" << s.rounding << " rounding</span><span"
        << (s.source_error ? " class=\"bad\"" : "") << ">" << s.source_error
        << " source errors</span><span" << (s.parse_doubt ? " class=\"bad\"" : "") << ">"
        << s.parse_doubt << " parse doubts</span>"
        << (s.not_checked ? "<span>" + std::to_string(s.not_checked) + " not checked</span>" : "")
        << "</p>\n"
        << detail::legend() << "\n";
    out << "<h2>Failed and doubtful checks (" << s.failed() << ")</h2>\n";
    if (s.failed() == 0) out << "<p>None: every check that could be made holds.</p>\n";
    out << "<ol class=\"checks\">\n";
    for (std::size_t k = 0; k < doc_.checks.size(); ++k)
      if (failed(doc_.checks[k])) write_check(out, k);
    out << "</ol>\n";
    if (!doc_.diagnostics.empty()) {
      out << "<h2>Diagnostics (" << doc_.diagnostics.size() << ")</h2>\n<ul class=\"diag\">\n";
      for (const auto& d : doc_.diagnostics) out << detail::diagnostic_item(d, rendered(d.page));
      out << "</ul>\n";
    }
    out << "</aside>\n";
  }

  bool rendered(int page) const { return std::binary_search(pages_.begin(), pages_.end(), page); }

  void write_check(std::ostream& out, std::size_t k) {
    const Check& c = doc_.checks[k];
    const CheckPlaces& where = places_[k];
    out << "<li class=\"check " << verdict_name(c.verdict) << "\" id=\"check-" << k
        << "\" data-cells=\"";
    for (std::size_t i = 0; i < where.ids.size(); ++i) out << (i ? " " : "") << where.ids[i];
    out << "\" data-pages=\"";
    bool first = true;
    for (int p : where.pages) out << (std::exchange(first, false) ? "" : " ") << p;
    out << "\">" << detail::check_body(c);
    if (!where.pages.empty()) {
      out << " <span class=\"meta\">— page";
      for (int p : where.pages) out << " <a href=\"#page-" << p << "\">" << p << "</a>";
      out << "</span>";
    }
    out << "</li>\n";
  }

  void write_page(std::ostream& out, int page) {
    extract::PageImage image;
    try {
      if (!renderer_) renderer_.emplace(input_, options_.password);
      image = renderer_->render(page, options_.dpi);
    } catch (const std::exception& e) {
      out << "<section class=\"page\" id=\"page-" << page << "\"><h2>Page " << page
          << "</h2><p class=\"bad\">not rendered: " << escape(e.what()) << "</p></section>\n";
      return;
    }
    const std::string png = extract::encode_png(image);
    image_bytes_ += png.size();
    const double width = image.width / image.scale, height = image.height / image.scale;
    out << "<section class=\"page\" id=\"page-" << page << "\" data-page=\"" << page
        << "\" data-png-bytes=\"" << png.size() << "\"><h2>Page " << page
        << " <span class=\"meta\">" << image.width << "×" << image.height << " px, "
        << png.size() / 1024 << " KiB</span></h2>\n";
    std::ostringstream diags;
    for (const auto& d : doc_.diagnostics)
      if (d.page == page) diags << detail::diagnostic_item(d, true);
    if (!diags.str().empty()) out << "<ul class=\"diag\">" << diags.str() << "</ul>\n";
    out << "<div class=\"row\" style=\"--w:" << image.width << "px;--h:" << image.height
        << "\"><div class=\"sheet\"><img alt=\"page " << page << "\" width=\"" << image.width
        << "\" height=\"" << image.height << "\" src=\"data:image/png;base64,"
        << detail::base64(png) << "\">\n";
    auto marks = marks_on_page(doc_, source_, page);
    if (auto q = quotes_.find(page); q != quotes_.end())
      marks.insert(marks.end(), q->second.begin(), q->second.end());
    for (const auto& m : marks) write_mark(out, m, width, height);
    out << "</div>\n<div class=\"tables\">";
    for (std::size_t t = 0; t < doc_.tables.size(); ++t)
      if (first_page(doc_.tables[t]) == page) out << detail::table_html(doc_.tables[t], t);
    out << "</div></div></section>\n";
  }

  static int first_page(const Table& t) {
    for (const auto& p : t.header_places)
      if (p.page > 0) return p.page;
    for (const auto& p : t.row_places)
      if (p.page > 0) return p.page;
    return t.pages.empty() ? 0 : t.pages.front();
  }

  static void write_mark(std::ostream& out, const PageMark& m, double width, double height) {
    out << "<div class=\"m " << kind_name(m.kind) << "\"";
    switch (m.kind) {
      case MarkKind::Header:
      case MarkKind::Label:
      case MarkKind::Code:
      case MarkKind::Amount:
        out << " id=\"" << (m.kind == MarkKind::Header ? "hd-" : "c-")
            << cell_id(m.table, m.row, m.column) << "\"";
        break;
      case MarkKind::Quote:
        out << " id=\"" << m.text << "\"";
        break;
      case MarkKind::Table:
        out << " data-table=\"" << m.table << "\"";
        break;
      default:
        break;
    }
    out << " style=\"left:" << fixed(100 * m.box.x0 / width)
        << "%;top:" << fixed(100 * m.box.y0 / height)
        << "%;width:" << fixed(100 * m.box.width() / width)
        << "%;height:" << fixed(100 * m.box.height() / height) << "%\"";
    if (m.kind != MarkKind::Quote) out << " title=\"" << escape(m.text) << "\"";
    out << "></div>\n";
  }

  const Document& doc_;
  std::filesystem::path input_;
  ReviewOptions options_;
  SourceDocument source_;
  std::optional<extract::PageRenderer> renderer_;
  std::vector<int> pages_;
  std::map<std::size_t, CheckPlaces> places_;
  std::map<int, std::vector<PageMark>> quotes_;
  std::size_t image_bytes_ = 0;
};

}  // namespace

void write_report(const Document& doc, const std::filesystem::path& input,
                  const std::filesystem::path& dir, const std::string& name,
                  const ReviewOptions& options) {
  std::filesystem::create_directories(dir);
  ReportWriter writer(doc, input, options);
  // Reports sit side by side so that the index can link them: "2018/部门预算" → "2018-部门预算".
  std::string flat = name;
  std::replace(flat.begin(), flat.end(), '/', '-');
  emit::AtomicFile file(dir / (flat + ".html"));
  writer.write(file.stream());
  file.commit();
}

}  // namespace gongkai::review

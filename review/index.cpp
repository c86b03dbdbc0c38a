// The batch index: every report in a folder, worst first (see review.h).
#include <algorithm>
#include <fstream>
#include <vector>

#include "emit/atomic_file.h"
#include "review/html_text.h"
#include "review/report_parts.h"
#include "review/report_style.h"
#include "review/review.h"

namespace gongkai::review {
namespace {

struct Report {
  std::string href;
  detail::IndexEntry entry;
};

std::vector<Report> reports_in(const std::filesystem::path& dir) {
  std::vector<Report> found;
  for (const auto& e : std::filesystem::directory_iterator(dir)) {
    const auto& path = e.path();
    if (!e.is_regular_file() || path.extension() != ".html" || path.filename() == "index.html")
      continue;
    std::ifstream in(path, std::ios::binary);
    std::string head(4096, '\0');
    in.read(head.data(), static_cast<std::streamsize>(head.size()));
    head.resize(static_cast<std::size_t>(in.gcount()));
    if (auto entry = detail::parse_index_comment(head))
      found.push_back({path.filename().string(), std::move(*entry)});
  }
  std::sort(found.begin(), found.end(), [](const Report& a, const Report& b) {
    const auto &x = a.entry.summary, &y = b.entry.summary;
    if (x.source_error != y.source_error) return x.source_error > y.source_error;
    if (x.parse_doubt != y.parse_doubt) return x.parse_doubt > y.parse_doubt;
    return a.href < b.href;
  });
  return found;
}

}  // namespace

void write_index(const std::filesystem::path& dir) {
  auto reports = reports_in(dir);
  emit::AtomicFile file(dir / "index.html");
  auto& out = file.stream();
  out << "<!DOCTYPE html>\n<html lang=\"zh\"><head><meta charset=\"utf-8\"><title>gongkai "
         "review: "
      << reports.size() << " documents</title>\n<style>" << detail::kStyle
      << "table.index{border-collapse:collapse}table.index td,table.index th{border:1px solid "
         "#ccc;padding:2px 8px}table.index td.n{text-align:right;font-family:monospace}"
      << "</style></head>\n<body data-documents=\"" << reports.size()
      << "\"><section style=\"flex:1\"><h1>gongkai review: " << reports.size()
      << " documents</h1><p>Worst first: source errors, then parse doubts.</p>\n"
      << "<table class=\"index\"><thead><tr><th>document</th><th>pages</th><th>tables</th>"
         "<th>checks</th><th>source errors</th><th>parse doubts</th><th>rounding</th><th>ok</th>"
         "</tr></thead><tbody>\n";
  for (const auto& r : reports) {
    const auto& s = r.entry.summary;
    out << "<tr><td><a href=\"" << detail::escape(r.href) << "\">" << r.entry.file
        << "</a></td><td class=\"n\">" << r.entry.pages << "</td><td class=\"n\">" << r.entry.tables
        << "</td><td class=\"n\">" << s.total() << "</td><td class=\"n"
        << (s.source_error ? " bad" : "") << "\">" << s.source_error << "</td><td class=\"n"
        << (s.parse_doubt ? " bad" : "") << "\">" << s.parse_doubt << "</td><td class=\"n\">"
        << s.rounding << "</td><td class=\"n\">" << s.ok << "</td></tr>\n";
  }
  out << "</tbody></table></section></body></html>\n";
  file.commit();
}

}  // namespace gongkai::review

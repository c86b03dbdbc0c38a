#include "review/report_parts.h"

#include <algorithm>
#include <sstream>
#include <vector>

#include "review/html_text.h"

namespace gongkai::review::detail {
namespace {

constexpr std::string_view kCommentOpen = "<!--gongkai-review\t";

std::string_view role_class(ColumnRole role) {
  switch (role) {
    case ColumnRole::Code:
      return "code";
    case ColumnRole::Amount:
      return "amount";
    default:
      return "label";
  }
}

std::string decimal_text(const std::optional<Decimal>& d) {
  return d ? d->to_string() : "—";
}

std::vector<std::string_view> split_tabs(std::string_view text) {
  std::vector<std::string_view> parts;
  for (std::size_t start = 0;;) {
    auto tab = text.find('\t', start);
    parts.push_back(text.substr(start, tab == std::string_view::npos ? tab : tab - start));
    if (tab == std::string_view::npos) return parts;
    start = tab + 1;
  }
}

int number(std::string_view text) {
  int n = 0;
  for (char c : text)
    if (c >= '0' && c <= '9') n = n * 10 + (c - '0');
  return n;
}

}  // namespace

std::string index_comment(const Document& doc, const check::Summary& s) {
  std::string name = doc.source.file_name;
  for (char& c : name)
    if (c == '\t' || c == '\n') c = ' ';
  std::ostringstream out;
  out << kCommentOpen << escape(name) << '\t' << doc.source.page_count << '\t' << doc.tables.size()
      << '\t' << s.ok << '\t' << s.rounding << '\t' << s.source_error << '\t' << s.parse_doubt
      << "-->";
  return out.str();
}

std::optional<IndexEntry> parse_index_comment(std::string_view head) {
  auto open = head.find(kCommentOpen);
  if (open == std::string_view::npos) return std::nullopt;
  head.remove_prefix(open + kCommentOpen.size());
  auto close = head.find("-->");
  if (close == std::string_view::npos) return std::nullopt;
  auto parts = split_tabs(head.substr(0, close));
  if (parts.size() != 7) return std::nullopt;
  IndexEntry e;
  e.file = std::string(parts[0]);  // kept escaped: it goes back into HTML
  e.pages = number(parts[1]);
  e.tables = number(parts[2]);
  e.summary = {number(parts[3]), number(parts[4]), number(parts[5]), number(parts[6])};
  return e;
}

std::string legend() {
  std::string out = "<p class=\"legend\">";
  for (auto [cls, word] : std::initializer_list<std::pair<std::string_view, std::string_view>>{
           {"table", "table"},
           {"header", "header"},
           {"label", "label"},
           {"code", "code"},
           {"amount", "amount"},
           {"left-as-text", "row left as text"},
           {"quote", "narrative a check quotes"},
           {"hit", "cells of the check clicked"}})
    out += "<span><i class=\"m " + std::string(cls) + "\" style=\"position:static\"></i>" +
           std::string(word) + "</span>";
  return out + "</p>";
}

std::string diagnostic_item(const Diagnostic& d, bool linked) {
  std::string out = "<li>";
  if (d.page > 0) {
    std::string page = "page " + std::to_string(d.page);
    out += linked ? "<a href=\"#page-" + std::to_string(d.page) + "\">" + page + "</a>" : page;
    out += ": ";
  }
  if (!d.code.empty()) out += "<b>" + escape(d.code) + "</b> ";
  return out + escape(d.message) + "</li>\n";
}

std::string check_body(const Check& c) {
  std::string verdict(verdict_name(c.verdict));
  std::replace(verdict.begin(), verdict.end(), '_', ' ');
  std::string out = "<span class=\"v\">" + escape(verdict) + "</span>" + escape(c.identity);
  if (!c.tables.empty()) {
    out += " · ";
    for (std::size_t i = 0; i < c.tables.size(); ++i) out += (i ? ", " : "") + escape(c.tables[i]);
  }
  out += "<br>" + escape(c.location) + "<br>expected <span class=\"num\">" +
         escape(decimal_text(c.expected)) + "</span>, found <span class=\"num\">" +
         escape(decimal_text(c.found)) + "</span>, difference <span class=\"num\">" +
         escape(decimal_text(c.difference)) + "</span>";
  if (!c.note.empty()) out += " — " + escape(c.note);
  return out;
}

std::string table_html(const Table& t, std::size_t index) {
  std::ostringstream out;
  out << "<table id=\"table-" << index << "\"><caption>" << escape(t.number)
      << (t.number.empty() ? "" : " ") << escape(t.title) << "<br><span class=\"meta\">"
      << escape(name(t.kind)) << " · unit " << escape(t.unit.empty() ? "not stated" : t.unit)
      << " · " << escape(t.department.empty() ? "department not stated" : t.department)
      << " · page";
  for (int p : t.pages) out << ' ' << p;
  if (t.empty) out << " · empty";
  out << "</span></caption>\n<thead><tr>";
  for (const auto& c : t.columns) out << "<th>" << escape(c) << "</th>";
  out << "</tr></thead><tbody>\n";
  for (std::size_t r = 0; r < t.rows.size(); ++r) {
    out << "<tr>";
    for (std::size_t c = 0; c < t.rows[r].size(); ++c) {
      const Value& v = t.rows[r][c];
      out << "<td id=\"h-" << index << '-' << r << '-' << c << "\" class=\""
          << (c < t.roles.size() ? role_class(t.roles[c]) : "label") << "\">" << escape(v.text)
          << "</td>";
    }
    out << "</tr>\n";
  }
  out << "</tbody></table>\n";
  return out.str();
}

std::string all_tables_html(const Document& doc) {
  std::string out;
  for (std::size_t t = 0; t < doc.tables.size(); ++t) out += table_html(doc.tables[t], t);
  return out;
}

}  // namespace gongkai::review::detail

#include "parse/document_info.h"

#include <re2/re2.h>

#include <algorithm>
#include <map>

#include "normalize/regex.h"
#include "parse/patterns.h"

namespace gongkai::parse {
namespace {

std::string most_frequent(const std::map<std::string, int>& votes) {
  auto best = std::max_element(votes.begin(), votes.end(),
                               [](const auto& a, const auto& b) { return a.second < b.second; });
  return best != votes.end() ? best->first : std::string();
}

// Without 部门名称 lines: the cover, the document title, the name most table titles carry, or
// for a narrative alone (its tables published apart) the name its sentences open with
// ("江苏省政协办公厅2019年度财政拨款收、支预算…").
std::string department_from_titles(const Document& doc, const std::string& cover_department) {
  if (!cover_department.empty()) return cover_department;
  if (auto d = department_in_title(doc.document.title)) return *d;
  std::map<std::string, int> votes;
  for (const auto& t : doc.tables)
    if (auto d = department_in_title(t.title)) ++votes[*d];
  if (votes.empty())
    for (const auto& line : doc.narrative)
      if (auto d = department_in_title(line)) ++votes[*d];
  return most_frequent(votes);
}

std::string infer_department(const Document& doc, const std::string& cover_department) {
  std::map<std::string, int> votes;
  for (const auto& t : doc.tables)
    if (!t.department.empty()) ++votes[t.department];
  return votes.empty() ? department_from_titles(doc, cover_department) : most_frequent(votes);
}

void infer_year_and_kind(const Document& doc, DocumentInfo& info) {
  info.year = year_in(info.title);
  if (info.year == 0)
    for (const auto& t : doc.tables)
      if ((info.year = year_in(t.title)) != 0) break;
  info.kind = kind_in(info.title);
  // A narrative without a cover title: its sentences name the year's 部门预算 / 部门决算.
  static const normalize::Regex mention(R"((?:19|20)\d{2}\s*年度?(?:部门|单位)(?:预算|决算))");
  for (const auto& line : doc.narrative) {
    if (info.year != 0 && info.kind != "unknown") break;
    if (!RE2::PartialMatch(line, mention)) continue;
    if (info.year == 0) info.year = year_in(line);
    if (info.kind == "unknown" && doc.tables.empty()) info.kind = kind_in(line);
  }
  // No document title: the tables say, by majority (a 决算 lists 预算 columns too).
  int final_votes = 0, budget_votes = 0;
  for (const auto& t : doc.tables) {
    auto k = kind_in(t.title);
    final_votes += k == "final_account";
    budget_votes += k == "budget";
  }
  if (info.kind == "unknown" && (final_votes || budget_votes))
    info.kind = final_votes >= budget_votes ? "final_account" : "budget";
}

}  // namespace

std::string kind_in(std::string_view text) {
  if (text.find("决算") != std::string_view::npos) return "final_account";
  if (text.find("预算") != std::string_view::npos) return "budget";
  return "unknown";
}

void infer_document_info(Document& doc, const std::string& cover_department) {
  auto& info = doc.document;
  info.department = infer_department(doc, cover_department);
  for (auto& t : doc.tables)
    if (t.department.empty()) t.department = info.department;
  // "2024年度部门预算公开" under "山西省人民政府外事办公室" on the cover: one title.
  if (!info.title.empty() && !info.department.empty() &&
      info.title.find(info.department) == std::string::npos && cover_department == info.department)
    info.title = info.department + info.title;
  infer_year_and_kind(doc, info);
}

}  // namespace gongkai::parse

#include "parse/document_nature.h"

#include <re2/re2.h>

#include <algorithm>
#include <string>

#include "normalize/regex.h"

namespace gongkai::parse {
namespace {

// An amount of money in running text ("9626.78万元", "1,240.07 万元").
const RE2& money_re() {
  static const normalize::Regex re(R"([0-9][0-9,]*(?:\.[0-9]+)?(?:亿元|万元|千元|元))");
  return re;
}

// A line of a budget narrative states money with what it is: 收入, 支出, 预算, 决算, 经费.
bool states_budget_money(std::string line) {
  std::erase(line, ' ');
  if (!RE2::PartialMatch(line, money_re())) return false;
  for (std::string_view word : {"收入", "支出", "预算", "决算", "经费"})
    if (line.find(word) != std::string::npos) return true;
  return false;
}

}  // namespace

void note_missing_tables(Document& doc) {
  if (!doc.tables.empty() || doc.narrative.empty()) return;
  auto lines = static_cast<int>(
      std::count_if(doc.narrative.begin(), doc.narrative.end(), states_budget_money));
  Diagnostic d;
  if (lines > 0) {
    d.severity = Diagnostic::Severity::Info;
    d.code = "tables_published_separately";
    d.message = "no tables in this file: it is the narrative of a budget disclosure, whose " +
                std::to_string(lines) +
                " lines with amounts are listed in `figures`; its tables are published as a "
                "separate file";
  } else {
    d.severity = Diagnostic::Severity::Warning;
    d.code = "not_a_budget_document";
    d.message =
        "no tables and no budget amounts: this file is not a budget or final-account "
        "disclosure (a notice or a report filed under a budget name?); nothing to extract";
  }
  doc.diagnostics.push_back(std::move(d));
}

}  // namespace gongkai::parse

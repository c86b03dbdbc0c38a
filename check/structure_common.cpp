// What the structure checks share: title keys, locations, the funds of empty tables.
#include <re2/re2.h>

#include "check/structure.h"
#include "normalize/regex.h"

namespace gongkai::check::detail {
namespace {

void erase_all(std::string& s, std::string_view what) {
  if (what.empty()) return;
  for (auto at = s.find(what); at != std::string::npos; at = s.find(what, at))
    s.erase(at, what.size());
}

}  // namespace

std::string title_key(std::string_view title, std::string_view department) {
  static const normalize::Regex space(R"(\s+)");
  static const normalize::Regex number(
      R"(^(?:第[一二三四五六七八九十]+部分|[一二三四五六七八九十]{1,3}、|\([一二三四五六七八九十]{1,3}\)|\d{1,2}[、.]|(?:部门|单位)?(?:预算|决算)?(?:公开)?(?:附)?表\s*(?:\d{1,3}|十[一二三四五六七八九]?|二十|[一二三四五六七八九])(?:表|-\d+)?\s*[:.、]?|公开\d{1,2}表\s*[:.]?))");
  static const normalize::Regex year(R"((?:19|20)\d{2}\s*年度?)");
  static const normalize::Regex unit(R"(\(?(?:金额)?单位\s*:\s*[千万亿]?元\)?)");
  static const normalize::Regex leaders(R"((?:\.{3,}|…+|·{3,}|-{4,})\s*\d*\s*$)");
  static const normalize::Regex quotes(R"([“”"'‘’])");
  static const normalize::Regex qualifier(R"(\([^()]{0,24}\)$)");
  std::string key(title);
  RE2::GlobalReplace(&key, space, "");
  RE2::GlobalReplace(&key, leaders, "");
  // Years first: "表一2024年…" must not lose "一20" as a number.
  RE2::GlobalReplace(&key, year, "");
  RE2::Replace(&key, number, "");
  RE2::GlobalReplace(&key, unit, "");
  RE2::GlobalReplace(&key, quotes, "");
  std::string dept(department);
  RE2::GlobalReplace(&dept, space, "");
  erase_all(key, dept);
  RE2::Replace(&key, qualifier, "");
  return key;
}

std::string at_page(int page, std::string_view text) {
  std::string t(text);
  if (t.size() > 150) {
    std::size_t cut = 150;
    while (cut > 0 && (static_cast<unsigned char>(t[cut]) & 0xC0) == 0x80) --cut;
    t = t.substr(0, cut) + "…";
  }
  return "page " + std::to_string(page) + ": 《" + t + "》";
}

std::string_view fund_of_kind(TableKind kind) {
  if (kind == TableKind::GovFundIncome || kind == TableKind::GovFundExpenditure)
    return "政府性基金";
  if (kind == TableKind::StateCapitalBudget) return "国有资本经营";
  if (kind == TableKind::ThreePublicExpenses) return "三公";
  return {};
}

Check finding(std::string identity, std::vector<std::string> tables, std::string location,
              Verdict verdict, std::string note) {
  Check c;
  c.identity = std::move(identity);
  c.tables = std::move(tables);
  c.location = std::move(location);
  c.verdict = verdict;
  c.note = std::move(note);
  return c;
}

}  // namespace gongkai::check::detail

// Internal to check/: the structure checks (issue 11), an auditor's checklist beyond the sums.
// Each family appends its entries to `out` under identities "structure:…" (docs/checks.md).
// A finding is a source_error only when a reader of the page would agree; where the part a
// check needs was not read, a parse_doubt; a check that cannot run is listed as not_checked.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/model.h"

namespace gongkai::check::detail {

// structure_tables.cpp: every table the 目录 lists is printed; the standard set of the
// document's kind is present; identities that need a missing table are listed as not_checked.
void check_completeness(const Document& doc, std::vector<Check>& out);

// structure_empty.cpp: an empty table states why; its reason names its own fund; the narrative
// gives no non-zero figure for the subject of an empty table.
void check_empty_tables(const Document& doc, std::vector<Check>& out);

// structure_text.cpp: template residue (XX, ××, 待填写, (单位名称)), repeated punctuation (。。),
// years that contradict the document's year (headings, 截至 dates), changes without a reason.
void check_text(const Document& doc, std::vector<Check>& out);

// structure_common.cpp: what the families share.
// A title reduced to what names the table: no spaces, numbering, years, department, quotes,
// unit phrase or bracketed qualifier ("三、2024年度支出决算表(单位:万元)" → "支出决算表").
std::string title_key(std::string_view title, std::string_view department);
// "page 12: 《text》", the text cut to a readable length.
std::string at_page(int page, std::string_view text);
// The subject words of an empty table's kind: 政府性基金, 国有资本经营, 三公; empty for others.
std::string_view fund_of_kind(TableKind kind);
// A check under `identity` with a verdict and a note.
Check finding(std::string identity, std::vector<std::string> tables, std::string location,
              Verdict verdict, std::string note);

}  // namespace gongkai::check::detail

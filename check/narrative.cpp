// Walking the narrative (情况说明): its sections, their sentences and clauses, and in them every
// figure (in Document::figures) and what each says against the tables and against itself:
//   narrative:figure — "一般公共预算拨款收入4,603.53万元" = the table cell it names (linking:
//                      narrative_link.h);
//   narrative:change — "比上年增长1423.89万元,增长34.94%": the percent recomputed from
//                      change / (current − change), and the two direction words agreeing;
//   narrative:share  — "…5,498.95万元,主要包括…4,603.53万元,占83.72%": part / total.
// A figure is attributed only through its section and the words right before it; a figure that
// cannot be attributed to one value is not checked, and its entry in Document::figures says
// why. Clauses after 原因 (the reasons for a change) are not attributed: they speak of parts of
// the budget the tables do not break out.
#include <re2/re2.h>

#include <algorithm>

#include "check/identities.h"
#include "check/narrative_common.h"
#include "check/table_view.h"
#include "normalize/regex.h"

namespace gongkai::check::detail {
namespace {

// ---- sections and segments ----------------------------------------------------------------

struct Section {
  std::string heading;  // "三、支出预算情况说明" (+ "(一)…" when inside a sub-section)
  std::string text;     // its lines joined without spaces: sentences run across line breaks
  std::vector<std::pair<std::size_t, int>> pages;  // (offset in text, page) where each line starts

  int page_at(std::string_view part) const {
    std::size_t at = static_cast<std::size_t>(part.data() - text.data());
    int page = 0;
    for (const auto& [offset, p] : pages)
      if (offset <= at) page = p;
    return page;
  }
};

std::vector<Section> sections_of(const Document& doc) {
  std::vector<Section> out(1);
  std::string top;
  for (std::size_t i = 0; i < doc.narrative.size(); ++i) {
    std::string line = without_spaces(doc.narrative[i]);
    if (line.empty()) continue;
    if (is_section_heading(line)) {
      if (is_top_heading(line)) top = line;
      out.push_back({is_top_heading(line) ? line : top + line, {}, {}});
      continue;
    }
    int page = i < doc.narrative_pages.size() ? doc.narrative_pages[i] : 0;
    out.back().pages.emplace_back(out.back().text.size(), page);
    out.back().text += line;
  }
  return out;
}

// Byte ranges of `text` cut at any of `marks` (the marks themselves dropped).
std::vector<std::string_view> split_at(std::string_view text,
                                       std::initializer_list<std::string_view> marks) {
  std::vector<std::string_view> out;
  std::size_t start = 0;
  for (std::size_t i = 0; i < text.size();) {
    std::size_t len = 0;
    for (std::string_view m : marks)
      if (text.compare(i, m.size(), m) == 0) len = m.size();
    if (len == 0) {
      ++i;
      continue;
    }
    if (i > start) out.push_back(text.substr(start, i - start));
    i += len;
    start = i;
  }
  if (start < text.size()) out.push_back(text.substr(start));
  return out;
}

// ---- where a figure's subject points ------------------------------------------------------

// ---- changes and shares ---------------------------------------------------------------------

// A change that may be of any of the `candidates` figures: the first that it fits, else the
// first candidate's failure. Two candidate readings agreeing by chance is what cannot happen.
void check_change_of_one(std::string_view heading, std::string_view clause,
                         const std::vector<TextFigure>& figs,
                         const std::vector<std::size_t>& candidates, const TextFigure& change,
                         Direction lead, std::string_view tail, std::size_t tail_to,
                         std::vector<Check>& out) {
  std::optional<Check> first_failure;
  for (std::size_t k : candidates) {
    std::vector<Check> made;
    check_change(heading, clause.substr(figs[k].begin, tail_to - figs[k].begin), figs[k], change,
                 lead, tail, made);
    if (made.empty()) continue;
    if (made.front().verdict == Verdict::Ok || made.front().verdict == Verdict::Rounding) {
      out.push_back(std::move(made.front()));
      return;
    }
    if (!first_failure) first_failure = std::move(made.front());
  }
  if (first_failure) out.push_back(std::move(*first_failure));
}

// The lead of a figure that is last year's: 上年, 上一年, or an execution figure (执行数).
bool names_previous_year(std::string_view lead) {
  return contains(lead, "上年") || contains(lead, "上一年") || contains(lead, "执行");
}

// The figure that closed the previous sentence, for "X总计A万元。与2023年度相比,X总计减少B万元,
// 下降C%": the change names its subject again instead of repeating the figure.
struct Carried {
  TextFigure figure;
  std::string subject;  // the words before the figure
  std::string quote;    // from the subject to the end of its sentence
};

std::optional<Carried> last_figure(std::string_view sentence) {
  std::vector<TextFigure> figs = figures_in(sentence);
  if (figs.empty()) return std::nullopt;
  std::size_t from = figs.size() >= 2 ? figs[figs.size() - 2].end : 0;
  const TextFigure& f = figs.back();
  std::string subject = subject_of(sentence.substr(from, f.begin - from));
  std::size_t quote_from = f.begin - std::min(f.begin - from, subject.size());
  return Carried{f, subject, std::string(sentence.substr(quote_from))};
}

// A change at the head of a sentence whose subject is the one the previous sentence ended on.
bool check_carried_change(std::string_view heading, const Carried& carried, std::string_view clause,
                          const TextFigure& change, std::string_view lead, std::string_view tail,
                          std::size_t tail_to, std::vector<Check>& out) {
  auto compared = compared_lead(lead);
  if (!compared || carried.subject.empty() || !contains(carried.subject, compared->subject))
    return false;
  std::string quote = carried.quote + "。" + std::string(clause.substr(0, tail_to));
  check_change(heading, quote, carried.figure, change, compared->direction, tail, out);
  return true;
}

// A sentence (to 。) is made of clauses (to ;). A change refers to a figure of its own clause;

// of a clause (after 原因) are not attributed.
// A failed share is only as sure as its base, which is read from the sentence, not printed
// beside the share. Other shares of the same list that hold on that base confirm it: the share
// itself is misprinted (source error). When none does, the base may be another total than the
// one we read, and the document is not called wrong: parse doubt.
void weigh_shares(std::vector<Check>& out, std::size_t first) {
  std::vector<Check*> shares;
  for (std::size_t i = first; i < out.size(); ++i)
    if (out[i].identity == "narrative:share") shares.push_back(&out[i]);
  int held = 0;
  for (const Check* c : shares)
    held += c->verdict == Verdict::Ok || c->verdict == Verdict::Rounding;
  for (Check* c : shares) {
    if (c->verdict != Verdict::SourceError) continue;
    if (held > 0) {
      c->note += "; " + std::to_string(held) + " of " + std::to_string(shares.size() - 1) +
                 " other shares on the same base hold, so the base is right";
    } else {
      c->verdict = Verdict::ParseDoubt;
      c->note +=
          "; no other share confirms the base read from the sentence: it may be another "
          "total";
    }
  }
}

// ---- one sentence ---------------------------------------------------------------------------

std::string unit_name(int power) {
  switch (power) {
    case 8:
      return "亿元";
    case 4:
      return "万元";
    case 3:
      return "千元";
    default:
      return "元";
  }
}

// One section's walk: its checks and its figures.
struct Walk {
  const Document& doc;
  const Section& section;
  std::vector<Check>& out;
  std::vector<NarrativeFigure>& figures;

  NarrativeFigure& record(std::string_view at, const TextFigure& f, std::string_view lead) {
    NarrativeFigure fig;
    fig.section = section.heading;
    fig.subject = subject_of(lead);
    fig.topic = std::string(topic_name(topic_in(fig.subject)));
    fig.amount = f.value;
    fig.unit = unit_name(f.unit_power);
    fig.page = section.page_at(at);
    figures.push_back(std::move(fig));
    return figures.back();
  }

  // The figure against the cells its words link it to; the figure's entry says which tables,
  // or why none.
  void check_figure(NarrativeFigure& fig, std::string_view quote, const TextFigure& f,
                    std::string_view lead) {
    const std::string& heading = section.heading;
    std::string why;
    bool due = false;  // the words name a cell that should hold the figure
    std::vector<CellRef> cells;
    if (auto item = link_item(doc, lead)) {
      cells = std::move(*item);
      due = !cells.empty();
      if (cells.empty()) why = "its 类/款/项 row is in none of the classification tables";
    } else if (doc.tables.empty()) {
      why = "the document has no tables";
    } else if (heading.empty()) {
      why = "stated before any section heading: no table to link it to";
    } else {
      Link link = link_figure(doc, heading, fig.subject);
      if (link.topic != Topic::General) fig.topic = std::string(topic_name(link.topic));
      cells = std::move(link.cells);
      why = std::move(link.unlinked);
      due = link.names_a_total;
    }
    if (!cells.empty() && judge_cells(heading, quote, f, cells, out)) {
      fig.tables = out.back().tables;
      return;
    }
    fig.not_checked =
        cells.empty() ? why
                      : "no one table value can be told: the cells its words name differ from it "
                        "and from each other, or could not be read";
    if (!due) return;
    // A check the words call for and that could not be made is listed, never dropped.
    Check c;
    c.identity = "narrative:figure";
    c.location = excerpt(heading, quote);
    c.found = f.value;
    c.verdict = Verdict::NotChecked;
    c.note = fig.not_checked;
    for (const CellRef& ref : cells) c.tables.push_back(table_name(*ref.table));
    out.push_back(std::move(c));
  }

  void sentence(std::string_view sentence, const std::optional<Carried>& carried);

  // The reasons for a change run on over sentences ("…增加的主要原因是一是…。二是…。因此今年
  // 预算培训费用1.20万元"): until a sentence states a figure without a connective, its figures
  // are parts of the explanation, not the section's totals.
  bool in_reasons = false;
  void follow_reasons(std::string_view sentence);
};

// Words that go on with an explanation ("此外", "同时" open a new statement instead).
bool opens_with_connective(std::string_view sentence) {
  for (std::string_view w :
       {"一是", "二是", "三是", "四是", "五是", "其次", "因此", "所以", "主要是"})
    if (sentence.starts_with(w)) return true;
  return false;
}

void Walk::follow_reasons(std::string_view sentence) {
  if (contains(sentence, "原因"))
    in_reasons = true;
  else if (!figures_in(sentence).empty() && !opens_with_connective(sentence))
    in_reasons = false;
}

// "较上年增加了培训费0.20万元", "因公出国(境)经费收入增加260.5万元": a change, whose lead
// change_lead() did not take (no comparison, or the direction word not last).
bool names_a_change(std::string_view subject) {
  static const normalize::Regex re(
      R"((?:比|较|同比)[^,，;；]{0,24}(?:增加|增长|上升|减少|下降|降低)|(?:增加|增长|上升|减少|下降|降低)了?$)");
  return RE2::PartialMatch(re2::StringPiece(subject.data(), subject.size()), re);
}

// A sentence (to 。) is made of clauses (to ;). A change refers to a figure of its own clause;
// a share ("占x%") to the sentence's first figure when 其中/包括/主要用于 follows it; the reasons
// of a clause (after 原因) are not attributed.
void Walk::sentence(std::string_view sentence, const std::optional<Carried>& carried) {
  const std::string& heading = section.heading;
  std::size_t first = out.size();
  bool continued_reasons = in_reasons && opens_with_connective(sentence);
  std::vector<TextFigure> head = figures_in(sentence);
  std::optional<TextFigure> whole;
  if (head.size() >= 2) {
    std::string_view after = sentence.substr(head[0].end, head[1].begin - head[0].end);
    if (contains(after, "其中") || contains(after, "包括") || contains(after, "主要用于"))
      whole = head[0];
  }
  for (std::string_view clause : split_at(sentence, {";", "；"})) {
    std::vector<TextFigure> figs = figures_in(clause);
    std::vector<bool> is_change(figs.size(), false);
    auto reasons = clause.find("原因");
    for (std::size_t i = 0; i < figs.size(); ++i) {
      const TextFigure& f = figs[i];
      std::size_t lead_from = i == 0 ? 0 : figs[i - 1].end;
      std::size_t tail_to = i + 1 < figs.size() ? figs[i + 1].begin : clause.size();
      std::string_view lead = clause.substr(lead_from, f.begin - lead_from);
      std::string_view tail = clause.substr(f.end, tail_to - f.end);
      std::string_view quote = clause.substr(lead_from, tail_to - lead_from);
      NarrativeFigure& fig = record(clause.substr(f.begin), f, lead);
      if (continued_reasons || (reasons != std::string_view::npos && reasons < f.begin)) {
        fig.not_checked = "in the reasons for a change: not attributed to a table";
        continue;
      }

      if (i == 0 && carried && clause.data() == sentence.data() &&
          check_carried_change(heading, *carried, clause, f, lead, tail, tail_to, out)) {
        is_change[i] = fig.change = true;
        fig.not_checked = "a change from the previous year: checked against its percentage";
        continue;
      }
      if (auto dir = change_lead(lead)) {
        is_change[i] = fig.change = true;
        fig.not_checked = "a change from the previous year: checked against its percentage";
        // "…总计X,其中:a,b,比上年增长c": the change is of the figure before 其中 — or of the
        // item right before it ("其中:1.行政运行4,702.02万元,较上年增加121.66万元").
        std::vector<std::size_t> current;
        if (i > 0 && !is_change[0] &&
            contains(clause.substr(figs[0].end, f.begin - figs[0].end), "其中"))
          current.push_back(0);
        for (std::size_t j = i; j-- > 0;)
          if (!is_change[j]) {
            if (current.empty() || current.front() != j) current.push_back(j);
            break;
          }
        check_change_of_one(heading, clause, figs, current, f, *dir, tail, tail_to, out);
        continue;
      }
      if (auto stated = compared_percent(tail); stated && i > 0 && !is_change[i - 1]) {
        std::size_t prev_lead_from = i == 1 ? 0 : figs[i - 2].end;
        std::string_view prev_lead =
            clause.substr(prev_lead_from, figs[i - 1].begin - prev_lead_from);
        if (names_previous_year(prev_lead) && !names_previous_year(lead))
          check_against_previous(heading,
                                 clause.substr(figs[i - 1].begin, tail_to - figs[i - 1].begin),
                                 figs[i - 1], f, *stated, out);
      }
      bool is_head = clause.data() + f.begin == sentence.data() + head[0].begin;
      if (auto share = share_percent(tail); share && whole && !is_head)
        check_share(heading, quote, *whole, f, *share, out);
      if (names_a_change(fig.subject)) {
        fig.change = true;
        fig.not_checked = "a change from the previous year";
        continue;
      }
      check_figure(fig, quote, f, lead);
    }
  }
  weigh_shares(out, first);
}

}  // namespace

void check_narrative(Document& doc) {
  std::vector<Check>& out = doc.checks;
  std::vector<NarrativeFigure> figures;
  for (const Section& section : sections_of(doc)) {
    // Text before any heading still has changes and shares to check; no figure in it is
    // attributed to a table.
    Walk walk{doc, section, out, figures};
    std::optional<Carried> carried;
    for (std::string_view sentence : split_at(section.text, {"。"})) {
      walk.sentence(sentence, carried);
      walk.follow_reasons(sentence);
      carried = last_figure(sentence);
    }
    check_narrative_items(doc, section.heading, section.text, out);
  }
  doc.figures = std::move(figures);
}

}  // namespace gongkai::check::detail

// Internal to check/: what the narrative files share — how a narrative check names its place,
// and the judgements (narrative_judge.cpp) the walk (narrative.cpp, narrative_items.cpp) makes:
// a figure against the cells it is linked to (narrative_link.h), a percentage against the
// figures it comes from.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "check/narrative_link.h"
#include "check/narrative_patterns.h"
#include "core/model.h"

namespace gongkai::check::detail {

// "§<section heading>: '<quoted text>'": the location of every narrative check.
std::string excerpt(std::string_view heading, std::string_view text);

// numerator / denominator, each with half a unit of its last printed digit (same unit).
struct Ratio {
  Decimal numerator, numerator_half;
  Decimal denominator, denominator_half;
};

// ok when the recomputed percent equals the printed one; rounding when the printed one is
// reachable from figures anywhere within their printed rounding; otherwise a source error.
Check judge_percent(std::string identity, std::string location, const Ratio& r, Decimal printed);

// narrative:figure — the figure against the cells it is linked to: ok when one agrees; a
// source error when none does and they all hold the same value. False when no check was made
// (no cells, or cells that disagree among themselves).
bool judge_cells(std::string_view heading, std::string_view quote, const TextFigure& f,
                 const std::vector<CellRef>& cells, std::vector<Check>& out);

// narrative:change — "比上年增长B万元,增长C%" of the figure `current`: C = B / (current − B),
// the direction words agreeing (`lead` is the change's own).
void check_change(std::string_view heading, std::string_view quote, const TextFigure& current,
                  const TextFigure& change, Direction lead, std::string_view tail,
                  std::vector<Check>& out);

// narrative:change — "2025年预算执行数为P万元,2026年预算安排A万元,比…减少C%": C = (A − P) / P.
void check_against_previous(std::string_view heading, std::string_view quote,
                            const TextFigure& previous, const TextFigure& current,
                            const ChangePercent& stated, std::vector<Check>& out);

// narrative:share — "…A万元,其中…B万元,占C%": C = B / A.
void check_share(std::string_view heading, std::string_view quote, const TextFigure& whole,
                 const TextFigure& part, Decimal printed, std::vector<Check>& out);

}  // namespace gongkai::check::detail

// Internal to check/: what narrative.cpp and narrative_items.cpp share — how a narrative check
// names its place, and how a printed percentage is judged against the figures it comes from.
#pragma once

#include <string>
#include <string_view>

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

}  // namespace gongkai::check::detail

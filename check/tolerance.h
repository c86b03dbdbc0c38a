// Internal to check/: how far a printed sum may be from the sum of its printed parts.
//
// Every printed figure is rounded to its last printed digit, so a total of n printed addends
// may differ from their printed sum by up to n × half a unit of that digit (the coarsest digit
// when scales differ). Such a difference is "rounding", not an error.
#pragma once

#include <optional>
#include <string>

#include "core/decimal.h"
#include "core/verdict.h"

namespace gongkai::check::detail {

// Half a unit of the digit at 10^exponent: exponent -2 → 0.005.
Decimal half_unit(int exponent);

// The power of ten of a figure's last printed digit once it is multiplied by 10^unit_power:
// 4603.53 in 万元 (power 4) → 10^2 元.
inline int last_digit(Decimal printed, int unit_power = 0) {
  return unit_power - printed.scale();
}

// n × half a unit at `exponent` (n is at least 1: even a lone figure copied from elsewhere
// may have been rounded once).
Decimal rounding_tolerance(int addends, int exponent);

enum class Outcome { Ok, Rounding, Failed };
Outcome judge(Decimal difference, Decimal tolerance);
// Ok → Verdict::Ok, Rounding → Verdict::Rounding; for Failed the caller decides.
Verdict verdict_of(Outcome outcome);

// Rounds value to `scale` decimals, half away from zero (how disclosures round).
Decimal round_to(Decimal value, int scale);

// 100 × numerator / denominator rounded to `scale` decimals; nullopt when the denominator is
// zero. Exact integer arithmetic: percentages are recomputed, not estimated.
std::optional<Decimal> percent(Decimal numerator, Decimal denominator, int scale);

}  // namespace gongkai::check::detail

#include "check/tolerance.h"

#include <algorithm>

namespace gongkai::check::detail {
namespace {

__int128 pow10_128(int n) {
  __int128 p = 1;
  for (int i = 0; i < n; ++i) p *= 10;
  return p;
}

// Integer quotient rounded half away from zero.
__int128 divide_rounded(__int128 num, __int128 den) {
  bool negative = (num < 0) != (den < 0);
  if (num < 0) num = -num;
  if (den < 0) den = -den;
  __int128 q = (2 * num + den) / (2 * den);
  return negative ? -q : q;
}

}  // namespace

Decimal half_unit(int exponent) {
  if (exponent >= 1) return Decimal(5, 0).times_power_of_ten(exponent - 1).rescaled(0);
  return Decimal(5, 1 - exponent);
}

Decimal rounding_tolerance(int addends, int exponent) {
  Decimal half = half_unit(exponent);
  Decimal total = half;
  for (int i = 1; i < std::max(addends, 1); ++i) total += half;
  return total;
}

Outcome judge(Decimal difference, Decimal tolerance) {
  if (difference.is_zero()) return Outcome::Ok;
  return difference.abs() <= tolerance ? Outcome::Rounding : Outcome::Failed;
}

Verdict verdict_of(Outcome outcome) {
  return outcome == Outcome::Ok ? Verdict::Ok : Verdict::Rounding;
}

Decimal round_to(Decimal value, int scale) {
  if (value.scale() <= scale) return value.rescaled(scale);
  __int128 q = divide_rounded(value.units(), pow10_128(value.scale() - scale));
  return Decimal(static_cast<std::int64_t>(q), scale);
}

std::optional<Decimal> percent(Decimal numerator, Decimal denominator, int scale) {
  int common = std::max(numerator.scale(), denominator.scale());
  __int128 num = numerator.rescaled(common).units();
  __int128 den = denominator.rescaled(common).units();
  if (den == 0) return std::nullopt;
  __int128 q = divide_rounded(num * 100 * pow10_128(scale), den);
  return Decimal(static_cast<std::int64_t>(q), scale);
}

}  // namespace gongkai::check::detail

#include "emit/money.h"

#include <stdexcept>

#include "normalize/normalize.h"

namespace gongkai::emit {
namespace {

// times_power_of_ten is exact but throws on overflow: an amount too large to hold in the target
// unit has no value there rather than a wrong one.
std::optional<Decimal> scaled(Decimal amount, std::string_view unit, int extra_power) {
  auto power = normalize::unit_power(unit);
  if (!power) return std::nullopt;
  try {
    return amount.times_power_of_ten(*power + extra_power);
  } catch (const std::overflow_error&) {
    return std::nullopt;
  }
}

}  // namespace

std::optional<Decimal> in_yuan(Decimal amount, std::string_view unit) {
  return scaled(amount, unit, 0);
}

std::optional<std::int64_t> in_fen(Decimal amount, std::string_view unit) {
  auto fen = scaled(amount, unit, 2);
  if (!fen || fen->scale() != 0) return std::nullopt;
  return fen->units();
}

}  // namespace gongkai::emit

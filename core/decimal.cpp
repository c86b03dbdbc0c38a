#include "core/decimal.h"

#include <algorithm>
#include <limits>
#include <stdexcept>

namespace gongkai {
namespace {

constexpr int kMaxScale = 12;

std::int64_t checked_mul(std::int64_t a, std::int64_t b) {
  std::int64_t out = 0;
  if (__builtin_mul_overflow(a, b, &out)) throw std::overflow_error("decimal overflow");
  return out;
}

std::int64_t checked_add(std::int64_t a, std::int64_t b) {
  std::int64_t out = 0;
  if (__builtin_add_overflow(a, b, &out)) throw std::overflow_error("decimal overflow");
  return out;
}

std::int64_t pow10(int n) {
  std::int64_t p = 1;
  for (int i = 0; i < n; ++i) p = checked_mul(p, 10);
  return p;
}

}  // namespace

std::optional<Decimal> Decimal::parse(std::string_view text) {
  bool negative = false;
  if (!text.empty() && text.front() == '-') {
    negative = true;
    text.remove_prefix(1);
  }
  if (text.empty()) return std::nullopt;
  std::int64_t units = 0;
  int scale = 0;
  bool seen_point = false;
  bool seen_digit = false;
  for (char c : text) {
    if (c == '.') {
      if (seen_point) return std::nullopt;
      seen_point = true;
      continue;
    }
    if (c < '0' || c > '9') return std::nullopt;
    seen_digit = true;
    if (__builtin_mul_overflow(units, 10, &units) || __builtin_add_overflow(units, c - '0', &units))
      return std::nullopt;
    if (seen_point && ++scale > kMaxScale) return std::nullopt;
  }
  if (!seen_digit || (seen_point && scale == 0)) return std::nullopt;
  return Decimal(negative ? -units : units, scale);
}

std::string Decimal::to_string() const {
  // Work on the magnitude as unsigned so INT64_MIN cannot overflow.
  auto magnitude =
      units_ < 0 ? 0 - static_cast<std::uint64_t>(units_) : static_cast<std::uint64_t>(units_);
  std::string digits = std::to_string(magnitude);
  if (scale_ > 0) {
    if (digits.size() <= static_cast<std::size_t>(scale_))
      digits.insert(0, static_cast<std::size_t>(scale_) + 1 - digits.size(), '0');
    digits.insert(digits.size() - static_cast<std::size_t>(scale_), 1, '.');
  }
  return units_ < 0 ? "-" + digits : digits;
}

Decimal Decimal::rescaled(int scale) const {
  if (scale <= scale_) return *this;
  return {checked_mul(units_, pow10(scale - scale_)), scale};
}

Decimal Decimal::times_power_of_ten(int power) const {
  Decimal out = *this;
  // Move the decimal point left by lowering the scale first; multiply only what remains.
  int from_scale = std::min(power, out.scale_);
  out.scale_ -= from_scale;
  out.units_ = checked_mul(out.units_, pow10(power - from_scale));
  while (out.scale_ > 0 && out.units_ % 10 == 0) {
    out.units_ /= 10;
    --out.scale_;
  }
  return out;
}

Decimal operator+(Decimal a, Decimal b) {
  int scale = std::max(a.scale_, b.scale_);
  a = a.rescaled(scale);
  b = b.rescaled(scale);
  return {checked_add(a.units_, b.units_), scale};
}

Decimal operator-(Decimal a, Decimal b) {
  return a + (-b);
}

std::strong_ordering operator<=>(Decimal a, Decimal b) {
  int scale = std::max(a.scale_, b.scale_);
  return a.rescaled(scale).units_ <=> b.rescaled(scale).units_;
}

}  // namespace gongkai

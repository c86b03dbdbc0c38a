// Exact decimal amounts. Money in gongkai is never a double: a printed "4603.53" is held as
// units=460353, scale=2 and written back exactly as printed.
//
//   auto d = gongkai::Decimal::parse("4603.53");   // std::optional<Decimal>
//   d->to_string();                                // "4603.53"
//   (*d + *Decimal::parse("0.47")).to_string();    // "4604.00"
#pragma once

#include <compare>
#include <cstdint>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>

namespace gongkai {

class Decimal {
 public:
  constexpr Decimal() = default;
  constexpr Decimal(std::int64_t units, int scale) : units_(units), scale_(scale) {}

  // Parses a plain ASCII decimal: optional '-', digits, optional '.' and digits. No separators,
  // no spaces (normalize/ removes them first). Returns nullopt for anything else or overflow.
  static std::optional<Decimal> parse(std::string_view text);

  std::int64_t units() const { return units_; }
  int scale() const { return scale_; }
  bool is_zero() const { return units_ == 0; }
  bool is_negative() const { return units_ < 0; }

  // Written with exactly `scale()` fraction digits: the printed form is kept.
  std::string to_string() const;

  // The same value at a larger scale (exact). Throws std::overflow_error if it does not fit.
  Decimal rescaled(int scale) const;
  // Multiplies by 10^power exactly (unit conversion 万元 → 元), then drops trailing zero decimals.
  Decimal times_power_of_ten(int power) const;
  Decimal abs() const { return {units_ < 0 ? -units_ : units_, scale_}; }

  friend Decimal operator+(Decimal a, Decimal b);
  friend Decimal operator-(Decimal a, Decimal b);
  Decimal operator-() const { return {-units_, scale_}; }
  Decimal& operator+=(Decimal other) { return *this = *this + other; }
  friend std::strong_ordering operator<=>(Decimal a, Decimal b);
  friend bool operator==(Decimal a, Decimal b) { return (a <=> b) == 0; }

 private:
  std::int64_t units_ = 0;
  int scale_ = 0;
};

inline std::ostream& operator<<(std::ostream& out, Decimal d) {
  return out << d.to_string();
}

}  // namespace gongkai

// An amount in its table's unit converted to 元 and to fen, exactly (Decimal, never double).
// Shared by the SQLite store and the tidy CSV, so both print the same value in 元.
//
//   auto d = *gongkai::Decimal::parse("4603.53");
//   gongkai::emit::in_yuan(d, "万元")->to_string();   // "46035300"
//   gongkai::emit::in_fen(d, "万元");                 // 4603530000
//   gongkai::emit::in_fen(*Decimal::parse("0.001"), "元");   // nullopt: not whole fen
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

#include "core/decimal.h"

namespace gongkai::emit {

// The amount in 元 (trailing zero decimals dropped: 12.50 元 → 12.5); nullopt when the unit is
// not one of 元, 千元, 万元, 亿元 (or empty), or the value does not fit.
std::optional<Decimal> in_yuan(Decimal amount, std::string_view unit);

// The amount in fen (1 元 = 100 fen) when that is a whole number that fits in 64 bits; nullopt
// when the unit is unknown or the amount has a fraction of a fen.
std::optional<std::int64_t> in_fen(Decimal amount, std::string_view unit);

}  // namespace gongkai::emit

// The verdict of one check, and the one place its names are spelled.
//
//   Check c; c.verdict = Verdict::SourceError;
//   verdict_name(c.verdict);            // "source_error" (JSON, SQLite, scripts)
//   verdict_from_name("not_checked");   // Verdict::NotChecked; nullopt for an unknown name
#pragma once

#include <array>
#include <optional>
#include <ostream>
#include <string_view>

namespace gongkai {

enum class Verdict {
  Ok,           // the printed figures agree exactly
  Rounding,     // they differ by no more than rounding explains
  SourceError,  // the printed document is wrong: a reader of the page would agree
  ParseDoubt,   // the evidence points at gongkai's reading (or the check itself failed)
  NotChecked,   // the check could not be made; `note` says why. Never counted as held or failed
};

inline constexpr std::array<Verdict, 5> kVerdicts = {
    Verdict::Ok, Verdict::Rounding, Verdict::SourceError, Verdict::ParseDoubt, Verdict::NotChecked};

constexpr std::string_view verdict_name(Verdict v) {
  switch (v) {
    case Verdict::Ok:
      return "ok";
    case Verdict::Rounding:
      return "rounding";
    case Verdict::SourceError:
      return "source_error";
    case Verdict::ParseDoubt:
      return "parse_doubt";
    case Verdict::NotChecked:
      return "not_checked";
  }
  return "parse_doubt";
}

constexpr std::optional<Verdict> verdict_from_name(std::string_view name) {
  for (Verdict v : kVerdicts)
    if (verdict_name(v) == name) return v;
  return std::nullopt;
}

inline std::ostream& operator<<(std::ostream& out, Verdict v) {
  return out << verdict_name(v);
}

// Held: ok or rounding. Failed: source_error or parse_doubt. not_checked is neither.
constexpr bool holds(Verdict v) {
  return v == Verdict::Ok || v == Verdict::Rounding;
}
constexpr bool is_failure(Verdict v) {
  return v == Verdict::SourceError || v == Verdict::ParseDoubt;
}

}  // namespace gongkai

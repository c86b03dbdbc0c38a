// Internal to check/: one "printed total = sum of printed parts" judgement, shared by the
// in-table, cross-table and narrative identities so they all round and explain alike.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "core/model.h"

namespace gongkai::check::detail {

// One printed figure taking part in an identity. `value` is empty for an empty cell (0 to the
// arithmetic); `unreadable` marks a cell that should hold a number but does not.
struct Term {
  std::optional<Decimal> value;
  bool unreadable = false;
  int exponent_shift = 0;        // unit power already applied to value (万元 → 元: 4)
  int printed_scale = 0;         // decimals as printed, for the rounding tolerance
  const Table* table = nullptr;  // the cell it was read from, when it is a table's cell
  std::size_t row = 0, col = 0;
};

// A Term for a printed amount converted by 10^unit_power (0: kept as printed).
Term term(std::optional<Decimal> printed, int unit_power = 0, bool unreadable = false);

// The Term of a table's cell: its amount (converted by 10^unit_power), unreadable when it should
// hold a number and does not, and its place, which the check names in Check::cells.
Term cell_term(const Table& t, std::size_t row, std::size_t col, int unit_power = 0);

// While one lives, the tables of the document being checked on this thread: a Term's table
// becomes an index of Document::tables in Check::cells.
class TablesInScope {
 public:
  explicit TablesInScope(const std::vector<Table>& tables);
  ~TablesInScope();
  TablesInScope(const TablesInScope&) = delete;
  TablesInScope& operator=(const TablesInScope&) = delete;

 private:
  const std::vector<Table>* previous_;
};

struct SumSpec {
  std::string identity;
  std::vector<std::string> tables;
  std::string location;
  Term total;
  std::vector<Term> parts;
  // When the total is printed but every part is empty: true = a cell is missing (parse doubt),
  // false = nothing to check (some tables print a total alone).
  bool empty_parts_is_doubt = false;
  // The total was rounded on its own, not computed from the printed parts: a figure copied from
  // another table, or a total printed in another table. Its own rounding adds half a unit, so a
  // copied figure may differ from its source by one unit of the last printed digit.
  bool independent_rounding = false;
  // Given the difference of a failed check and the rounding tolerance, says why the difference
  // is rounding after all (the total was added up from rows under rounded subtotals), or nullopt.
  std::function<std::optional<std::string>(Decimal difference, Decimal tolerance)> rounded_apart;
  // Given the difference of a failed check and the rounding tolerance, says why a value may
  // have slid columns (a parse doubt), or nullopt.
  std::function<std::optional<std::string>(Decimal difference, Decimal tolerance)> slid;
};

// The check, or nullopt when there is nothing to check (every cell empty). Failures come back
// as "source_error" unless the evidence points to the parse ("parse_doubt").
std::optional<Check> judge_sum(const SumSpec& spec);

}  // namespace gongkai::check::detail

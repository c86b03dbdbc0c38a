// Putting a continuation grid laid out with other columns under a table's own columns, by the
// cells' positions on the page. Used only where the evidence is unambiguous; otherwise the
// caller keeps the grid apart rather than guess.
//
//   table columns (x):  |0 code|1 name     |2 合计 |3 基本 |
//   continuation row:   |合计 (spans 0..1)  |2 合计 |3 基本 |   → {"合计", "", "9.00", "4.00"}
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/model.h"

namespace gongkai::parse {

// The x-extent of each column, read from a grid line whose cells each cover one column (no
// merged span, a real box); nullopt otherwise (text input has no boxes).
std::optional<std::vector<Box>> column_extents(const SourceLine& line);

// `cells` (the cleaned texts of `line`) re-placed under `columns`: a word cell at the leftmost
// column it covers half of, an amount at the column holding most of it. nullopt when a filled
// cell has no box, fits no column, or two filled cells would share one.
std::optional<std::vector<std::string>> align_to_columns(const SourceLine& line,
                                                         const std::vector<std::string>& cells,
                                                         const std::vector<Box>& columns);

// Where the cells of `line` stood, as they go into the table: `cells` are its cleaned texts, as
// printed, or re-placed under `columns` by align_to_columns (then `aligned`). A re-placed empty
// cell gets its column's extent on the line.
RowPlace place_of(const SourceLine& line, const std::vector<std::string>& cells,
                  const std::vector<Box>& columns, bool aligned);

}  // namespace gongkai::parse

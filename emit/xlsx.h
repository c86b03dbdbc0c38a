// One Excel workbook per document (libxlsxwriter): a sheet per table, headed by its title,
// department, unit and pages, then its header row and rows; and a `checks` sheet of the failed
// checks with the cells they name. Amounts are numbers shown with their printed decimals, codes
// and names are text, empty cells are empty.
//
//   gongkai::emit::write_xlsx(doc, "out/部门预算.xlsx");   // appears whole or not at all
//
// Throws std::runtime_error naming the target when the workbook cannot be written.
#pragma once

#include <filesystem>

#include "core/model.h"

namespace gongkai::emit {

// Rows of a table sheet (0-based): the title, then department/unit/pages/kind as label–value
// pairs, a note for a table that states it has no data, then the header row and the rows.
inline constexpr int kXlsxTitleRow = 0;
inline constexpr int kXlsxInfoRow = 1;
inline constexpr int kXlsxHeaderRow = 3;

void write_xlsx(const Document& doc, const std::filesystem::path& target);

}  // namespace gongkai::emit

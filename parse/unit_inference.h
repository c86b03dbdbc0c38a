// A money table printed without its unit (no 单位：元 on its page, as some generators leave out on
// one table) takes the unit of another table of the same document that prints the same total.
// The same figure cannot stand in tables of 元 and of 万元 alike (the two differ by 10^4), so a
// total that agrees to the last printed digit with a table of known unit is the evidence; a total
// found in tables of two different units, or in none, leaves the unit unstated.
#pragma once

#include "core/model.h"

namespace gongkai::parse {

// Sets Table::unit of the tables that print none where another table's unit can be borrowed as
// above, and says so in an Info diagnostic naming both tables and the figure.
void infer_missing_units(Document& doc);

}  // namespace gongkai::parse

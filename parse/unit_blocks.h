// Unit blocks (issue 7): a department's table that prints the department's lines, then one block
// per 预算单位 (本级 first, then each subordinate unit), each with its own 类/款/项 codes or
// economic groups. Finds the blocks so that every row carries its unit and the checks sum within
// a block; the check stage reads Table::unit_blocks only.
//
//   预算单位             | 科目编码 | 科目名称     | 合计        (a 预算单位 column)
//   某局                 |          |              | 300   ← the department's line: no block
//   某局(本级)           |          |              | 200   ← block 1, its header row
//                        | 201      | 一般公共服务 | 200
//   某中心               |          |              | 100   ← block 2
//                        | 201      | 一般公共服务 | 100
//
// Three ways to name a block's unit are read:
//  - a 单位编码 column (153001): its role becomes Unit, it is never a 科目编码; a shorter code that
//    opens the longer ones (153) is the department's;
//  - a 预算单位 / 单位名称 column: a name there opens a block, the rows below it belong to it;
//  - a header row in the label column of an economic-class table (工资福利支出 … without codes):
//    a row just before an economic group where the groups start over, or whose name reads as an
//    organisation's, heads a block. A name wrapped over lines around it is joined into it.
#pragma once

#include <string_view>

#include "core/model.h"

namespace gongkai::parse {

// Sets table.unit_blocks (and the Unit role of 单位编码 columns); may join the rows of a wrapped
// unit name into one. `department` names the department, to tell its own line from its units.
void find_unit_blocks(Table& table, std::string_view department);

}  // namespace gongkai::parse

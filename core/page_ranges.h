// Ascending page numbers written as ranges, for people and for the store's manifest:
//
//   page_ranges({3, 4, 5, 12});         // "3-5,12"
//   page_ranges({3, 4, 5, 12}, ", ");   // "3-5, 12"
#pragma once

#include <span>
#include <string>
#include <string_view>

namespace gongkai {

// The shortest form of ascending pages: runs of consecutive pages as "first-last".
std::string page_ranges(std::span<const int> pages, std::string_view separator = ",");

}  // namespace gongkai

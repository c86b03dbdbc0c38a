// The values of convert's --format and --pages, read and checked before anything is converted.
//
//   parse_formats({"json", "xlsx"});   // {.json = true, .csv = false, .tidy = false, .xlsx = true}
//   parse_pages("3-9,12");             // {3, 4, 5, 6, 7, 8, 9, 12}
//   page_ranges({3, 4, 5, 12});        // "3-5,12", the spec again (core/page_ranges.h)
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace gongkai::cli {

struct OutputFormats {
  bool json = false, csv = false, tidy = false, xlsx = false;
};

// Names from --format (json, csv, tidy, xlsx; each may hold several, comma-separated). Throws
// UsageError (convert.h) naming an unknown one, or when none is given.
OutputFormats parse_formats(const std::vector<std::string>& names);

// "3-9,12": pages and ranges of pages, 1-based; ascending and without repeats in the result.
// Throws UsageError for anything else ("3-", "0", "9-3", "x").
std::vector<int> parse_pages(std::string_view spec);

}  // namespace gongkai::cli

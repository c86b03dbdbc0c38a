#include "cli/output_options.h"

#include <algorithm>
#include <charconv>

#include "cli/convert.h"

namespace gongkai::cli {
namespace {

std::vector<std::string_view> split(std::string_view text, char separator) {
  std::vector<std::string_view> parts;
  while (true) {
    auto at = text.find(separator);
    parts.push_back(text.substr(0, at));
    if (at == std::string_view::npos) return parts;
    text.remove_prefix(at + 1);
  }
}

// A page number: digits only, at least 1, at most a PDF's page limit (far above any document).
int page_number(std::string_view text, std::string_view spec) {
  int n = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), n);
  if (text.empty() || ec != std::errc() || end != text.data() + text.size() || n < 1 ||
      n > 1'000'000)
    throw UsageError("--pages " + std::string(spec) + ": \"" + std::string(text) +
                     "\" is not a page number (pages count from 1; write 3-9,12)");
  return n;
}

}  // namespace

OutputFormats parse_formats(const std::vector<std::string>& names) {
  OutputFormats f;
  bool any = false;
  for (const auto& name : names)
    for (std::string_view part : split(name, ',')) {
      if (part == "json")
        f.json = true;
      else if (part == "csv")
        f.csv = true;
      else if (part == "tidy")
        f.tidy = true;
      else if (part == "xlsx")
        f.xlsx = true;
      else
        throw UsageError("--format: unknown output \"" + std::string(part) +
                         "\" (known: json, csv, tidy, xlsx)");
      any = true;
    }
  if (!any) throw UsageError("--format: give at least one of json, csv, tidy, xlsx");
  return f;
}

std::vector<int> parse_pages(std::string_view spec) {
  std::vector<int> pages;
  for (std::string_view part : split(spec, ',')) {
    auto dash = part.find('-');
    int first = page_number(part.substr(0, dash), spec);
    int last = dash == std::string_view::npos ? first : page_number(part.substr(dash + 1), spec);
    if (last < first)
      throw UsageError("--pages " + std::string(spec) + ": the range " + std::string(part) +
                       " runs backwards");
    if (last - first > 100'000)
      throw UsageError("--pages " + std::string(spec) + ": the range " + std::string(part) +
                       " is longer than any document");
    for (int p = first; p <= last; ++p) pages.push_back(p);
  }
  std::sort(pages.begin(), pages.end());
  pages.erase(std::unique(pages.begin(), pages.end()), pages.end());
  return pages;
}

}  // namespace gongkai::cli

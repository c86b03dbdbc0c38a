#include "emit/table_names.h"

#include <cstdio>
#include <string_view>

#include "emit/emit.h"

namespace gongkai::emit {
namespace {

bool is_digit(char c) {
  return c >= '0' && c <= '9';
}

void erase_all(std::string& text, std::string_view part) {
  if (part.empty()) return;
  for (auto at = text.find(part); at != std::string::npos; at = text.find(part, at))
    text.erase(at, part.size());
}

// "2024年度", "2024 年", "2024年" and a bare "2024" (a year of 19xx or 20xx standing apart from
// other digits).
void erase_years(std::string& text) {
  std::string out;
  for (std::size_t i = 0; i < text.size();) {
    bool year =
        i + 4 <= text.size() && (text.compare(i, 2, "19") == 0 || text.compare(i, 2, "20") == 0) &&
        is_digit(text[i + 2]) && is_digit(text[i + 3]) && (i == 0 || !is_digit(text[i - 1])) &&
        (i + 4 == text.size() || !is_digit(text[i + 4]));
    if (!year) {
      out += text[i++];
      continue;
    }
    i += 4;
    std::size_t after = text.find_first_not_of(' ', i);  // "2026 年" as some covers space it
    for (std::string_view suffix : {"年度", "年"})
      if (after != std::string::npos && text.compare(after, suffix.size(), suffix) == 0) {
        i = after + suffix.size();
        break;
      }
  }
  text = std::move(out);
}

// Characters no file or sheet name may hold on some system; spaces and controls become '_'.
std::string safe_characters(std::string_view text) {
  std::string out;
  for (char c : text) {
    auto u = static_cast<unsigned char>(c);
    if (std::string_view("/\\:*?\"<>|[]").find(c) != std::string_view::npos) continue;
    if (u < 0x20 || u == 0x7F || c == ' ') {
      if (!out.empty() && out.back() != '_') out += '_';
      continue;
    }
    out += c;
  }
  return out;
}

// Brackets left empty by what was taken out of them ("(2024年度)") and separators at the ends.
void tidy_up(std::string& text) {
  for (std::string_view empty : {"()", "（）", "【】", "《》"}) erase_all(text, empty);
  auto first = text.find_first_not_of("_-.'");
  auto last = text.find_last_not_of("_-.'");
  text = first == std::string::npos ? "" : text.substr(first, last - first + 1);
}

// At most `max_chars` whole UTF-8 characters (a continuation byte never starts one).
std::string first_chars(std::string_view text, std::size_t max_chars) {
  std::size_t chars = 0, i = 0;
  for (; i < text.size(); ++i)
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80 && chars++ == max_chars) break;
  return std::string(text.substr(0, i));
}

std::string order_number(std::size_t index) {
  char number[24];
  std::snprintf(number, sizeof number, "%02zu", index + 1);
  return number;
}

}  // namespace

std::string short_title(const Table& table, std::size_t max_chars) {
  std::string title = table.title;
  erase_all(title, table.department);
  erase_years(title);
  title = safe_characters(title);
  tidy_up(title);
  title = first_chars(title, max_chars);
  tidy_up(title);  // a cut may leave a separator at the end
  return title;
}

std::string table_csv_name(const Table& table, std::size_t index) {
  // 32 characters keep the name under 255 bytes with the longest kind (CJK is 3 bytes each).
  std::string title = short_title(table, 32);
  return order_number(index) + "-" + std::string(name(table.kind)) +
         (title.empty() ? "" : "-" + title) + ".csv";
}

std::string table_sheet_name(const Table& table, std::size_t index) {
  std::string number = order_number(index);
  std::string title = short_title(table, 31 - number.size() - 1);
  return title.empty()
             ? number + " " + std::string(name(table.kind).substr(0, 31 - number.size() - 1))
             : number + " " + title;
}

}  // namespace gongkai::emit

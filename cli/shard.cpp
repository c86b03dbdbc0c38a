#include "cli/shard.h"

#include <charconv>

namespace gongkai::cli {

std::optional<Shard> parse_shard(std::string_view text) {
  auto slash = text.find('/');
  if (slash == std::string_view::npos) return std::nullopt;
  Shard shard;
  auto parse = [](std::string_view part, unsigned& out) {
    auto [end, ec] = std::from_chars(part.data(), part.data() + part.size(), out);
    return ec == std::errc() && end == part.data() + part.size() && !part.empty();
  };
  if (!parse(text.substr(0, slash), shard.index) || !parse(text.substr(slash + 1), shard.count))
    return std::nullopt;
  if (shard.count == 0 || shard.index == 0 || shard.index > shard.count) return std::nullopt;
  return shard;
}

std::uint64_t shard_hash(std::string_view key) {
  std::uint64_t hash = 14695981039346656037ull;  // FNV-1a offset basis
  for (unsigned char byte : key) {
    hash ^= byte;
    hash *= 1099511628211ull;  // FNV prime
  }
  return hash;
}

bool in_shard(std::string_view key, const Shard& shard) {
  return shard_hash(key) % shard.count == shard.index - 1;
}

}  // namespace gongkai::cli

// A deterministic share of a batch, so that several machines load one store without talking to
// each other: `--shard 2/3` converts the inputs whose key hashes to the second of three shares.
// The hash is FNV-1a (64-bit) of the key's UTF-8 bytes (the input's path below the folder
// given), modulo N: the same on every machine and every build, whatever the order or number of
// files found, so the N shares cover every input exactly once.
//
//   auto shard = gongkai::cli::parse_shard("2/3");   // {.index = 2, .count = 3}
//   if (gongkai::cli::in_shard("2018/部门预算.pdf", *shard)) …
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

namespace gongkai::cli {

struct Shard {
  unsigned index = 1;  // 1-based
  unsigned count = 1;
};

// "i/N" with 1 <= i <= N; nullopt for anything else.
std::optional<Shard> parse_shard(std::string_view text);

std::uint64_t shard_hash(std::string_view key);
bool in_shard(std::string_view key, const Shard& shard);

}  // namespace gongkai::cli

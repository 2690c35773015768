// One part of a forum's contributions, so that CI runners share a national
// forum (`build --batch DIR --shard K/N`): shard K of N holds the
// contributions at positions K-1, K-1+N, K-1+2N... of the folder's sorted
// list, so that every shard gets its share of long and short ones alike and
// the N shards together hold each contribution exactly once.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace coopkit::forum {

struct Shard {
  size_t index = 1;  // K, from 1
  size_t count = 1;  // N

  /// "K/N" with 1 <= K <= N <= kMaxCount; nullopt with `error` set otherwise.
  static std::optional<Shard> Parse(std::string_view text, std::string* error);

  /// True when the contribution at `position` of the sorted list is this shard's.
  bool Holds(size_t position) const { return position % count == index - 1; }

  /// "K/N".
  std::string Name() const;

  static constexpr size_t kMaxCount = 10000;
};

}  // namespace coopkit::forum

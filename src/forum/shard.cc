#include "forum/shard.h"

#include <charconv>

namespace coopkit::forum {
namespace {

// A count written in decimal digits only, at most kMaxCount.
std::optional<size_t> CountIn(std::string_view digits) {
  size_t value = 0;
  if (digits.empty() || digits.size() > 5 || digits.front() == '+') return std::nullopt;
  auto [end, problem] = std::from_chars(digits.data(), digits.data() + digits.size(), value);
  if (problem != std::errc() || end != digits.data() + digits.size()) return std::nullopt;
  if (value > Shard::kMaxCount) return std::nullopt;
  return value;
}

}  // namespace

std::optional<Shard> Shard::Parse(std::string_view text, std::string* error) {
  const size_t slash = text.find('/');
  std::optional<size_t> index, count;
  if (slash != std::string_view::npos) {
    index = CountIn(text.substr(0, slash));
    count = CountIn(text.substr(slash + 1));
  }
  if (!index || !count || *index < 1 || *count < 1) {
    *error = "--shard wants K/N, two whole numbers from 1 to " + std::to_string(kMaxCount) +
             " (shard K of N, e.g. 2/4), not '" + std::string(text) + "'";
    return std::nullopt;
  }
  if (*index > *count) {
    *error = "--shard " + std::string(text) + " names shard " + std::to_string(*index) +
             " of only " + std::to_string(*count) + ": K goes from 1 to N";
    return std::nullopt;
  }
  return Shard{*index, *count};
}

std::string Shard::Name() const { return std::to_string(index) + "/" + std::to_string(count); }

}  // namespace coopkit::forum

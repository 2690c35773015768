#include "base/spelling_hint.h"

#include <algorithm>
#include <numeric>

namespace coopkit {

size_t EditDistance(std::string_view a, std::string_view b) {
  std::vector<size_t> row(b.size() + 1);
  std::iota(row.begin(), row.end(), 0);
  for (size_t i = 1; i <= a.size(); ++i) {
    size_t diagonal = row[0];
    row[0] = i;
    for (size_t j = 1; j <= b.size(); ++j) {
      size_t above = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = above;
    }
  }
  return row[b.size()];
}

std::string DidYouMean(std::string_view word, const std::vector<std::string>& candidates) {
  // A typo changes about one character in three at most; beyond that the
  // suggestion would be noise.
  size_t best = word.size() / 3 + 1;
  const std::string* choice = nullptr;
  for (const std::string& c : candidates) {
    size_t d = EditDistance(word, c);
    if (d < best || (d == best && !choice && d <= 2)) {
      best = d;
      choice = &c;
    }
  }
  return choice ? "did you mean '" + *choice + "'?" : std::string();
}

}  // namespace coopkit

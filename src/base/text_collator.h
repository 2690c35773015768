// Orders texts the way a French reader expects (ICU's French collation):
// accents and case only break ties, so « École » sorts among the E's, and
// ligatures expand, so « Œuvre » sorts as « OEuvre ». One ICU collator is
// opened per TextCollator and reused for every comparison; sorting many texts
// is fastest through their sort keys, which compare as plain byte strings.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace coopkit {

class TextCollator {
 public:
  /// French collation at tertiary strength (case and accents break ties).
  TextCollator();
  ~TextCollator();
  TextCollator(const TextCollator&) = delete;
  TextCollator& operator=(const TextCollator&) = delete;

  /// A byte string whose order (std::string's <) is the French order of
  /// the UTF-8 `text`.
  std::string SortKey(std::string_view text) const;
  /// True when `a` sorts before `b`.
  bool Less(std::string_view a, std::string_view b) const;
  /// The indexes of `texts` in French order; equal texts keep their order.
  /// One sort key per text, so sorting thousands of names stays fast.
  std::vector<size_t> Order(const std::vector<std::string>& texts) const;

 private:
  struct Icu;  // keeps ICU's headers out of this one
  std::unique_ptr<Icu> icu_;
};

}  // namespace coopkit

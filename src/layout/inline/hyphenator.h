// French hyphenation points for single words, from libhyphen's patterns
// (hyphen-fr). The word is lower-cased for the dictionary, elided articles
// are kept whole (l’hy-phé-na-tion, never l’-), and words that must not be
// hyphenated get no points: with digits, all-capital acronyms (SCIC), words
// with capitals inside (CoopKit), addresses, and words that already contain a
// hyphen (the line breaker may break after that hyphen instead).
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "base/diagnostic.h"

typedef struct _HyphenDict HyphenDict;

namespace coopkit::layout {

class Hyphenator {
 public:
  /// Loads the libhyphen dictionary at `dictionary_path`; null, with an
  /// error at `where`, when it is missing or unreadable.
  static std::unique_ptr<Hyphenator> Load(const std::string& dictionary_path,
                                          const SourceLocation& where, DiagnosticList* diagnostics);
  ~Hyphenator();

  /// Byte offsets in `word` (UTF-8, no spaces) before which a hyphen may
  /// break it, ascending; leading and trailing punctuation is ignored. The
  /// result is cached per word and stays valid as long as the hyphenator.
  const std::vector<size_t>& BreakPoints(std::string_view word) const;

  static constexpr int kMinLettersBefore = 2;
  static constexpr int kMinLettersAfter = 3;

 private:
  explicit Hyphenator(HyphenDict* dictionary) : dictionary_(dictionary) {}
  std::vector<size_t> Compute(std::string_view word) const;
  void HyphenateLetters(std::string_view lower_word, size_t begin, size_t end,
                        std::vector<size_t>* points) const;

  HyphenDict* dictionary_;
  mutable std::unordered_map<std::string, std::vector<size_t>> cache_;
};

}  // namespace coopkit::layout

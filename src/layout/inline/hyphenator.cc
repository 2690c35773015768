#include "layout/inline/hyphenator.h"

#include <hyphen.h>

#include <cstdlib>
#include <filesystem>

#include "base/utf8.h"

namespace coopkit::layout {
namespace {

bool IsApostrophe(char32_t cp) { return cp == U'\'' || cp == U'’'; }

bool IsLetter(char32_t cp) {
  return (cp >= U'a' && cp <= U'z') || (cp >= U'A' && cp <= U'Z') ||
         (cp >= 0xC0 && cp <= 0x24F && cp != 0xD7 && cp != 0xF7);
}

bool IsUpper(char32_t cp) {
  return (cp >= U'A' && cp <= U'Z') || (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7) || cp == U'Œ' ||
         cp == U'Ÿ';
}

// Lower case for the capitals IsUpper knows; each keeps its UTF-8 length, so
// byte offsets in the lowered word are those of the original.
char32_t ToLower(char32_t cp) {
  if (cp == U'Œ') return U'œ';
  if (cp == U'Ÿ') return U'ÿ';
  return IsUpper(cp) ? cp + 0x20 : cp;
}

struct CodePoint {
  char32_t value;
  size_t begin;  // byte offset in the word
};

}  // namespace

std::unique_ptr<Hyphenator> Hyphenator::Load(const std::string& dictionary_path,
                                             const SourceLocation& where,
                                             DiagnosticList* diagnostics) {
  std::error_code ignored;
  HyphenDict* dictionary = std::filesystem::is_regular_file(dictionary_path, ignored)
                               ? hnj_hyphen_load(dictionary_path.c_str())
                               : nullptr;
  if (!dictionary) {
    diagnostics->Error(where,
                       "hyphenation dictionary '" + dictionary_path + "' not found or unreadable",
                       "install the hyphen-fr package, set hyphenation_dictionary in the theme, "
                       "or turn hyphenation off");
    return nullptr;
  }
  // libhyphen reads any text as a dictionary: one that is not a UTF-8
  // pattern file (its first line names the encoding) would hyphenate nothing.
  if (!dictionary->utf8) {
    hnj_hyphen_free(dictionary);
    diagnostics->Error(where, "'" + dictionary_path + "' is not a UTF-8 hyphenation dictionary",
                       "its first line should read UTF-8, followed by hyphenation patterns, as "
                       "in /usr/share/hyphen/hyph_fr.dic");
    return nullptr;
  }
  return std::unique_ptr<Hyphenator>(new Hyphenator(dictionary));
}

Hyphenator::~Hyphenator() { hnj_hyphen_free(dictionary_); }

const std::vector<size_t>& Hyphenator::BreakPoints(std::string_view word) const {
  auto it = cache_.find(std::string(word));
  if (it == cache_.end()) it = cache_.emplace(std::string(word), Compute(word)).first;
  return it->second;
}

std::vector<size_t> Hyphenator::Compute(std::string_view word) const {
  std::vector<CodePoint> cps;
  for (size_t pos = 0; pos < word.size();) {
    const size_t begin = pos;
    cps.push_back({DecodeUtf8(word, &pos), begin});
  }
  size_t first = 0;
  while (first < cps.size() && !IsLetter(cps[first].value)) ++first;
  size_t last = cps.size();
  while (last > first && !IsLetter(cps[last - 1].value)) --last;
  if (first == last) return {};

  // Only letters and elision apostrophes inside; a capital only at the start
  // of the word or right after an apostrophe (L’Économie, not SCIC).
  std::string lower(word);
  bool segment_start = true;
  for (size_t i = first; i < last; ++i) {
    const char32_t cp = cps[i].value;
    if (IsApostrophe(cp)) {
      segment_start = true;
      continue;
    }
    if (!IsLetter(cp) || (IsUpper(cp) && !segment_start)) return {};
    segment_start = false;
    if (IsUpper(cp)) {
      std::string lowered;
      AppendUtf8(&lowered, ToLower(cp));
      lower.replace(cps[i].begin, lowered.size(), lowered);
    }
  }
  for (const CodePoint& cp : cps) {
    if (cp.value >= U'0' && cp.value <= U'9') return {};
  }

  std::vector<size_t> points;
  const size_t end = last < cps.size() ? cps[last].begin : word.size();
  size_t segment_begin = cps[first].begin;
  for (size_t i = first; i < last; ++i) {
    if (!IsApostrophe(cps[i].value)) continue;
    HyphenateLetters(lower, segment_begin, cps[i].begin, &points);
    segment_begin = i + 1 < cps.size() ? cps[i + 1].begin : word.size();
  }
  HyphenateLetters(lower, segment_begin, end, &points);
  return points;
}

void Hyphenator::HyphenateLetters(std::string_view lower_word, size_t begin, size_t end,
                                  std::vector<size_t>* points) const {
  const std::string_view letters = lower_word.substr(begin, end - begin);
  std::vector<size_t> letter_starts;
  for (size_t pos = 0; pos < letters.size(); DecodeUtf8(letters, &pos)) {
    letter_starts.push_back(pos);
  }
  const int count = static_cast<int>(letter_starts.size());
  if (count < kMinLettersBefore + kMinLettersAfter) return;

  std::vector<char> hyphens(letters.size() + 5);
  char** replacements = nullptr;
  int* positions = nullptr;
  int* cuts = nullptr;
  hnj_hyphen_hyphenate2(dictionary_, letters.data(), static_cast<int>(letters.size()),
                        hyphens.data(), nullptr, &replacements, &positions, &cuts);
  if (replacements) {  // non-standard hyphenation (German "ck"): unused in French
    for (size_t i = 0; i < letters.size(); ++i) std::free(replacements[i]);
    std::free(replacements);
    std::free(positions);
    std::free(cuts);
  }
  for (int k = kMinLettersBefore; k <= count - kMinLettersAfter; ++k) {
    // With a UTF-8 dictionary, hyphens[i] is odd when a hyphen may follow letter i.
    if (hyphens[k - 1] & 1) points->push_back(begin + letter_starts[k]);
  }
}

}  // namespace coopkit::layout

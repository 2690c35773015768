#include "base/folded_words.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>

#include "base/utf8.h"

namespace coopkit {
namespace {

// Written inside a word without ending it: Markdown emphasis around part of
// a word (« Ca**mille** »), soft hyphens and joiners.
bool JoinsLetters(char32_t c) {
  return c == '*' || c == '_' || c == '`' || c == '~' || c == 0x00AD || c == 0x200D || c == 0x2060;
}

// Between two words of one name: « Jean-Pierre », « d’Élodie ».
bool SeparatesSoftly(char32_t c) {
  return u_isUWhiteSpace(static_cast<UChar32>(c)) || c == '-' || c == 0x2010 || c == 0x2011 ||
         c == '\'' || c == 0x2019;
}

bool IsMark(char32_t c) { return (U_GET_GC_MASK(c) & U_GC_M_MASK) != 0; }

// `c` without case or accents, appended to `word`: « É » gives « e ».
void AppendFolded(char32_t c, const icu::Normalizer2* nfd, std::string* word) {
  icu::UnicodeString decomposed;
  if (!nfd || !nfd->getDecomposition(static_cast<UChar32>(c), decomposed)) {
    AppendUtf8(word,
               static_cast<char32_t>(u_foldCase(static_cast<UChar32>(c), U_FOLD_CASE_DEFAULT)));
    return;
  }
  for (int32_t i = 0; i < decomposed.length();) {
    UChar32 part = decomposed.char32At(i);
    i += U16_LENGTH(part);
    if (!IsMark(static_cast<char32_t>(part)))
      AppendUtf8(word, static_cast<char32_t>(u_foldCase(part, U_FOLD_CASE_DEFAULT)));
  }
}

}  // namespace

void FoldedWords::Append(std::string_view text, int chunk) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  if (U_FAILURE(status)) nfd = nullptr;
  std::string word, separator;
  size_t word_start = 0;
  auto end_word = [&] {
    if (word.empty()) return;
    words_.push_back(std::move(word));
    separators_.push_back(std::move(separator));
    places_.push_back({chunk, word_start});
    word.clear();
    separator.clear();
  };
  for (size_t pos = 0; pos < text.size();) {
    const size_t start = pos;
    const char32_t c = DecodeUtf8(text, &pos);
    if (u_isalnum(static_cast<UChar32>(c))) {
      if (word.empty()) word_start = start;
      AppendFolded(c, nfd, &word);
    } else if (!IsMark(c) && !JoinsLetters(c)) {
      end_word();
      if (!SeparatesSoftly(c)) AppendUtf8(&separator, c);
    }
  }
  end_word();
}

std::optional<FoldedWords::Place> FoldedWords::Find(const FoldedWords& words) const {
  if (words.words_.empty()) return std::nullopt;
  const size_t length = words.words_.size();
  for (auto at = words_.begin();; ++at) {
    at = std::search(at, words_.end(), words.words_.begin(), words.words_.end());
    if (at == words_.end()) return std::nullopt;
    const size_t first = static_cast<size_t>(at - words_.begin());
    bool joined = places_[first].chunk == places_[first + length - 1].chunk;
    for (size_t i = 1; joined && i < length; ++i)
      joined = separators_[first + i] == words.separators_[i];
    if (joined) return places_[first];
  }
}

}  // namespace coopkit

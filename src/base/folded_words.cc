#include "base/folded_words.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>

#include "base/utf8.h"

namespace coopkit {
namespace {

enum class CharacterKind : uint8_t {
  kLetter,     // a letter or a digit: part of a word
  kInside,     // within a word without ending it: accents written apart,
               // Markdown emphasis (« Ca**mille** »), soft hyphens, joiners
  kSoftBreak,  // between two words of one name: spaces, hyphens, apostrophes
  kHardBreak,  // any other punctuation: part of the separator
};

struct FoldedCharacter {
  CharacterKind kind = CharacterKind::kHardBreak;
  std::string letters;  // kLetter: without case or accents (« É » gives « e »)
};

bool IsMark(UChar32 c) { return (U_GET_GC_MASK(c) & U_GC_M_MASK) != 0; }

FoldedCharacter Fold(char32_t c, const icu::Normalizer2* nfd) {
  const auto u = static_cast<UChar32>(c);
  FoldedCharacter folded;
  if (u_isalnum(u)) {
    folded.kind = CharacterKind::kLetter;
    icu::UnicodeString decomposed;
    if (!nfd || !nfd->getDecomposition(u, decomposed)) decomposed = icu::UnicodeString(u);
    for (int32_t i = 0; i < decomposed.length();) {
      UChar32 part = decomposed.char32At(i);
      i += U16_LENGTH(part);
      if (!IsMark(part))
        AppendUtf8(&folded.letters, static_cast<char32_t>(u_foldCase(part, U_FOLD_CASE_DEFAULT)));
    }
  } else if (IsMark(u) || c == '*' || c == '_' || c == '`' || c == '~' || c == 0x00AD ||
             c == 0x200D || c == 0x2060) {
    folded.kind = CharacterKind::kInside;
  } else if (u_isUWhiteSpace(u) || c == '-' || c == 0x2010 || c == 0x2011 || c == '\'' ||
             c == 0x2019) {
    folded.kind = CharacterKind::kSoftBreak;
  }
  return folded;
}

// Folding goes through ICU's tables; the characters of most texts (up to
// U+2FFF: Latin, Greek, Cyrillic, punctuation) are folded once, in a table.
class FoldingTable {
 public:
  static const FoldingTable& Get() {
    static const FoldingTable table;
    return table;
  }
  /// `c` folded; `scratch` holds it when it is not in the table.
  const FoldedCharacter& Fold(char32_t c, FoldedCharacter* scratch) const {
    if (c < kTableSize) return table_[c];
    *scratch = coopkit::Fold(c, nfd_);
    return *scratch;
  }

 private:
  static constexpr char32_t kTableSize = 0x3000;

  FoldingTable() {
    UErrorCode status = U_ZERO_ERROR;
    nfd_ = icu::Normalizer2::getNFDInstance(status);
    if (U_FAILURE(status)) nfd_ = nullptr;
    table_.reserve(kTableSize);
    for (char32_t c = 0; c < kTableSize; ++c) table_.push_back(coopkit::Fold(c, nfd_));
  }
  const icu::Normalizer2* nfd_ = nullptr;
  std::vector<FoldedCharacter> table_;
};

}  // namespace

void FoldedWords::EndWord(Word* word) {
  word->length = letters_.size() - word->begin;
  uint32_t hash = 2166136261u;  // FNV-1a
  for (char letter : Letters(*word)) hash = (hash ^ static_cast<uint8_t>(letter)) * 16777619u;
  word->hash = hash;
  words_.push_back(*word);
}

void FoldedWords::Append(std::string_view text, int chunk) {
  const FoldingTable& table = FoldingTable::Get();
  Word word;
  word.separator_begin = separators_.size();
  bool in_word = false;
  FoldedCharacter scratch;
  for (size_t pos = 0; pos < text.size();) {
    const size_t start = pos;
    const auto byte = static_cast<unsigned char>(text[pos]);
    const char32_t c = byte < 0x80 ? text[pos++] : DecodeUtf8(text, &pos);  // ASCII first
    const FoldedCharacter& folded = table.Fold(c, &scratch);
    if (folded.kind == CharacterKind::kLetter) {
      if (!in_word) {
        in_word = true;
        word.begin = letters_.size();
        word.separator_length = separators_.size() - word.separator_begin;
        word.place = {chunk, start};
      }
      letters_ += folded.letters;
    } else if (folded.kind != CharacterKind::kInside) {
      if (in_word) {
        in_word = false;
        EndWord(&word);
        word.separator_begin = separators_.size();
      }
      if (folded.kind == CharacterKind::kHardBreak) AppendUtf8(&separators_, c);
    }
  }
  if (in_word) EndWord(&word);
}

bool FoldedWords::OccursAt(size_t first, const FoldedWords& words) const {
  const size_t length = words.words_.size();
  if (words_[first].place.chunk != words_[first + length - 1].place.chunk) return false;
  for (size_t i = 0; i < length; ++i) {
    const Word& here = words_[first + i];
    const Word& wanted = words.words_[i];
    if (here.hash != wanted.hash || Letters(here) != words.Letters(wanted) ||
        (i > 0 && Separator(here) != words.Separator(wanted)))
      return false;
  }
  return true;
}

std::optional<FoldedWords::Place> FoldedWords::Find(const FoldedWords& words) const {
  const size_t length = words.words_.size();
  if (length == 0 || length > words_.size()) return std::nullopt;
  const uint32_t first_hash = words.words_.front().hash;
  for (size_t first = 0; first + length <= words_.size(); ++first) {
    if (words_[first].hash == first_hash && OccursAt(first, words)) return words_[first].place;
  }
  return std::nullopt;
}

std::vector<FoldedWords::Place> FoldedWords::FindAll(const FoldedWords& words) const {
  std::vector<Place> places;
  const size_t length = words.words_.size();
  if (length == 0 || length > words_.size()) return places;
  const uint32_t first_hash = words.words_.front().hash;
  for (size_t first = 0; first + length <= words_.size(); ++first) {
    if (words_[first].hash == first_hash && OccursAt(first, words))
      places.push_back(words_[first].place);
  }
  return places;
}

}  // namespace coopkit

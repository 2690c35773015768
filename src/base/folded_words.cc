#include "base/folded_words.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/uspoof.h>
#include <unicode/utf8.h>

#include "base/utf8.h"

namespace coopkit {
namespace {

enum class CharacterKind : uint8_t {
  kLetter,     // a letter or a digit: part of a word
  kInside,     // within a word without ending it: accents written apart,
               // Markdown emphasis (« Ca**mille** »), invisible characters
  kSoftBreak,  // between two words of one name: spaces, hyphens, apostrophes
  kHardBreak,  // any other punctuation: part of the separator
};

struct FoldedCharacter {
  CharacterKind kind = CharacterKind::kHardBreak;
  // kLetter: its letters without case, accents or compatibility forms
  // (« É » gives « e », « ﬁ » « fi », « Æ » « ae »); kHardBreak: itself,
  // in its compatibility form (« ＠ » gives « @ »).
  std::string text;
};

bool IsMark(UChar32 c) { return (U_GET_GC_MASK(c) & U_GC_M_MASK) != 0; }

struct Normalizers {
  const icu::Normalizer2* nfkc_casefold = nullptr;
  const icu::Normalizer2* nfd = nullptr;
  const USpoofChecker* confusables = nullptr;
};

// The ASCII letters that a letter outside ASCII looks like (Cyrillic « а »,
// Greek « ο », dotless « ı »: the prototypes of
// Unicode's confusables, accents left out), or `c` itself when it looks like
// none. ASCII letters stay themselves: « rn » is not « m ».
icu::UnicodeString LookAlike(UChar32 c, const Normalizers& normalizers) {
  if (c < 0x80 || !normalizers.confusables) return icu::UnicodeString(c);
  UErrorCode status = U_ZERO_ERROR;
  icu::UnicodeString skeleton, letters;
  uspoof_getSkeletonUnicodeString(normalizers.confusables, 0, icu::UnicodeString(c), skeleton,
                                  &status);
  for (int32_t i = 0; U_SUCCESS(status) && i < skeleton.length();) {
    const UChar32 part = skeleton.char32At(i);
    i += U16_LENGTH(part);
    if ((part >= u'a' && part <= u'z') || (part >= u'A' && part <= u'Z'))
      letters.append(part);
    else if (!IsMark(part))
      return icu::UnicodeString(c);
  }
  return U_FAILURE(status) || letters.isEmpty() ? icu::UnicodeString(c) : letters;
}

// `c` as the Latin letters it looks like, case-folded in its compatibility
// form, then decomposed.
icu::UnicodeString Decomposed(UChar32 c, const Normalizers& normalizers) {
  icu::UnicodeString text = LookAlike(c, normalizers);
  UErrorCode status = U_ZERO_ERROR;
  if (normalizers.nfkc_casefold) text = normalizers.nfkc_casefold->normalize(text, status);
  if (normalizers.nfd && U_SUCCESS(status)) text = normalizers.nfd->normalize(text, status);
  if (U_FAILURE(status)) text = icu::UnicodeString(u_foldCase(c, U_FOLD_CASE_DEFAULT));
  return text;
}

// The letters that people write for these, which no normalisation gives.
const char* LettersWrittenFor(UChar32 folded) {
  switch (folded) {
    case 0x00E6:
      return "ae";  // æ
    case 0x0153:
      return "oe";  // œ
    case 0x00DF:
      return "ss";  // ß
    default:
      return nullptr;
  }
}

FoldedCharacter Fold(char32_t c, const Normalizers& normalizers) {
  const auto u = static_cast<UChar32>(c);
  FoldedCharacter folded;
  if (u_hasBinaryProperty(u, UCHAR_DEFAULT_IGNORABLE_CODE_POINT) || IsMark(u) || c == '*' ||
      c == '_' || c == '`' || c == '~') {
    folded.kind = CharacterKind::kInside;
  } else if (u_isalnum(u)) {
    folded.kind = CharacterKind::kLetter;
    const icu::UnicodeString decomposed = Decomposed(u, normalizers);
    for (int32_t i = 0; i < decomposed.length();) {
      const UChar32 part = decomposed.char32At(i);
      i += U16_LENGTH(part);
      if (const char* written = LettersWrittenFor(part))
        folded.text += written;
      else if (u_isalnum(part))
        AppendUtf8(&folded.text, static_cast<char32_t>(part));
    }
    if (folded.text.empty()) folded.kind = CharacterKind::kInside;
  } else if (u_isUWhiteSpace(u) || c == '-' || c == 0x2010 || c == 0x2011 || c == '\'' ||
             c == 0x2019) {
    folded.kind = CharacterKind::kSoftBreak;
  } else {
    icu::UnicodeString compatible(u);
    UErrorCode status = U_ZERO_ERROR;
    if (normalizers.nfkc_casefold)
      compatible = normalizers.nfkc_casefold->normalize(compatible, status);
    if (U_FAILURE(status)) compatible = icu::UnicodeString(u);
    compatible.toUTF8String(folded.text);
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
    *scratch = coopkit::Fold(c, normalizers_);
    return *scratch;
  }

 private:
  static constexpr char32_t kTableSize = 0x3000;

  ~FoldingTable() {
    if (confusables_) uspoof_close(confusables_);
  }

  FoldingTable() {
    UErrorCode status = U_ZERO_ERROR;
    normalizers_.nfkc_casefold = icu::Normalizer2::getNFKCCasefoldInstance(status);
    if (U_FAILURE(status)) normalizers_.nfkc_casefold = nullptr;
    status = U_ZERO_ERROR;
    normalizers_.nfd = icu::Normalizer2::getNFDInstance(status);
    if (U_FAILURE(status)) normalizers_.nfd = nullptr;
    status = U_ZERO_ERROR;
    confusables_ = uspoof_open(&status);
    if (U_SUCCESS(status)) normalizers_.confusables = confusables_;
    table_.reserve(kTableSize);
    for (char32_t c = 0; c < kTableSize; ++c) table_.push_back(coopkit::Fold(c, normalizers_));
  }
  Normalizers normalizers_;
  USpoofChecker* confusables_ = nullptr;
  std::vector<FoldedCharacter> table_;
};

}  // namespace

void FoldedWords::Append(std::string_view text, int chunk) {
  const FoldingTable& table = FoldingTable::Get();
  Word word;
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
        word.begin = text_.size();
        word.place = {chunk, start};
      }
      text_ += folded.text;
    } else if (folded.kind != CharacterKind::kInside) {
      if (in_word) {
        in_word = false;
        word.end = text_.size();
        words_.push_back(word);
      }
      if (folded.kind == CharacterKind::kHardBreak) text_ += folded.text;
    }
  }
  if (in_word) {
    word.end = text_.size();
    words_.push_back(word);
  }
  text_ += '\n';  // never part of a word, nor of a name: chunks do not join
}

std::string_view FoldedWords::Pattern() const {
  if (words_.empty()) return {};
  return std::string_view(text_).substr(words_.front().begin,
                                        words_.back().end - words_.front().begin);
}

bool FoldedWords::OccursAt(size_t first, const FoldedWords& words) const {
  const std::string_view pattern = words.Pattern();
  const size_t begin = words_[first].begin, end = begin + pattern.size();
  if (std::string_view(text_).substr(begin, pattern.size()) != pattern) return false;
  size_t last = first;
  while (last < words_.size() && words_[last].end < end) ++last;
  return last < words_.size() && words_[last].end == end;  // ends where a word does
}

size_t FoldedWords::NextOccurrence(size_t from, const FoldedWords& words) const {
  if (words.words_.empty()) return words_.size();
  const char first_letter = words.Pattern().front();
  for (size_t first = from; first < words_.size(); ++first) {
    if (text_[words_[first].begin] == first_letter && OccursAt(first, words)) return first;
  }
  return words_.size();
}

std::optional<FoldedWords::Place> FoldedWords::Find(const FoldedWords& words) const {
  const size_t first = NextOccurrence(0, words);
  if (first == words_.size()) return std::nullopt;
  return words_[first].place;
}

std::vector<FoldedWords::Place> FoldedWords::FindAll(const FoldedWords& words) const {
  std::vector<Place> places;
  for (size_t first = NextOccurrence(0, words); first < words_.size();
       first = NextOccurrence(first + 1, words))
    places.push_back(words_[first].place);
  return places;
}

}  // namespace coopkit

#include "base/folded_words.h"

#include <unicode/normalizer2.h>
#include <unicode/translit.h>
#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/uspoof.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <memory>
#include <set>

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
  // kLetter: the other Latin letters it may be read as, what its other case
  // looks like (Greek « Ι » looks like « l », « ι » like « i »).
  std::vector<std::string> alternatives;
  // A Greek or Cyrillic letter, which may be read as its transliteration
  // too (Cyrillic « Н » looks like « H » and is « N »): see LatinReadings.
  bool transliterable = false;
};

// The characters of most texts (up to U+2FFF: Latin, Greek, Cyrillic,
// punctuation) are folded once, in a table.
constexpr char32_t kTableSize = 0x3000;

bool IsMark(UChar32 c) { return (U_GET_GC_MASK(c) & U_GC_M_MASK) != 0; }

struct Normalizers {
  const icu::Normalizer2* nfkc_casefold = nullptr;
  const icu::Normalizer2* nfd = nullptr;
  const USpoofChecker* confusables = nullptr;
};

bool IsAsciiLetter(UChar32 c) { return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z'); }

// The ASCII letter a Latin small capital is (« ᴀ », « ɴ », « ꜰ »), or 0.
UChar32 SmallCapitalLetter(UChar32 c) {
  if (c < 0x80) return 0;
  char name[128];
  UErrorCode status = U_ZERO_ERROR;
  const int32_t length = u_charName(c, U_UNICODE_CHAR_NAME, name, sizeof name, &status);
  const std::string_view prefix = "LATIN LETTER SMALL CAPITAL ";
  const std::string_view written(name, U_SUCCESS(status) ? static_cast<size_t>(length) : 0);
  if (!written.starts_with(prefix) || written.size() != prefix.size() + 1) return 0;
  return u_tolower(static_cast<UChar32>(written.back()));
}

// The ASCII letters that a letter outside ASCII looks like (Cyrillic « а »,
// Greek « ο », dotless « ı »: the prototypes of Unicode's confusables,
// accents left out, small capitals read as their letter), or `c` itself
// when it looks like none. ASCII letters stay themselves: « rn » is not « m ».
icu::UnicodeString LookAlike(UChar32 c, const Normalizers& normalizers) {
  if (const UChar32 letter = SmallCapitalLetter(c)) return icu::UnicodeString(letter);
  if (c < 0x80 || !normalizers.confusables) return icu::UnicodeString(c);
  UErrorCode status = U_ZERO_ERROR;
  icu::UnicodeString skeleton, letters;
  uspoof_getSkeletonUnicodeString(normalizers.confusables, 0, icu::UnicodeString(c), skeleton,
                                  &status);
  for (int32_t i = 0; U_SUCCESS(status) && i < skeleton.length();) {
    const UChar32 part = skeleton.char32At(i);
    i += U16_LENGTH(part);
    if (IsAsciiLetter(part))
      letters.append(part);
    else if (const UChar32 letter = SmallCapitalLetter(part))
      letters.append(letter);
    else if (!IsMark(part))
      return icu::UnicodeString(c);
  }
  return U_FAILURE(status) || letters.isEmpty() ? icu::UnicodeString(c) : letters;
}

// `text` case-folded in its compatibility form, then decomposed.
icu::UnicodeString Decomposed(const icu::UnicodeString& text, const Normalizers& normalizers) {
  UErrorCode status = U_ZERO_ERROR;
  icu::UnicodeString folded = text;
  if (normalizers.nfkc_casefold) folded = normalizers.nfkc_casefold->normalize(folded, status);
  if (normalizers.nfd && U_SUCCESS(status)) folded = normalizers.nfd->normalize(folded, status);
  if (U_FAILURE(status)) (folded = text).foldCase();
  return folded;
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

// The letters and digits of `text`, decomposed, as UTF-8.
std::string Letters(const icu::UnicodeString& decomposed) {
  std::string letters;
  for (int32_t i = 0; i < decomposed.length();) {
    const UChar32 part = decomposed.char32At(i);
    i += U16_LENGTH(part);
    if (const char* written = LettersWrittenFor(part))
      letters += written;
    else if (u_isalnum(part))
      AppendUtf8(&letters, static_cast<char32_t>(part));
  }
  return letters;
}

// Adds `reading`'s letters to `folded`'s alternatives when they are ASCII
// letters and new.
void AddAlternative(const icu::UnicodeString& reading, const Normalizers& normalizers,
                    FoldedCharacter* folded) {
  std::string letters = Letters(Decomposed(reading, normalizers));
  const bool ascii = !letters.empty() && std::all_of(letters.begin(), letters.end(), [](char l) {
    return IsAsciiLetter(static_cast<unsigned char>(l));
  });
  std::vector<std::string>& alternatives = folded->alternatives;
  if (ascii && letters != folded->text &&
      std::find(alternatives.begin(), alternatives.end(), letters) == alternatives.end())
    alternatives.push_back(std::move(letters));
}

FoldedCharacter Fold(char32_t c, const Normalizers& normalizers) {
  const auto u = static_cast<UChar32>(c);
  FoldedCharacter folded;
  if (u_hasBinaryProperty(u, UCHAR_DEFAULT_IGNORABLE_CODE_POINT) || IsMark(u) || c == '*' ||
      c == '_' || c == '`' || c == '~') {
    folded.kind = CharacterKind::kInside;
  } else if (u_isalnum(u)) {
    folded.kind = CharacterKind::kLetter;
    folded.text = Letters(Decomposed(LookAlike(u, normalizers), normalizers));
    if (folded.text.empty()) folded.kind = CharacterKind::kInside;
    if (c >= 0x80 && !folded.text.empty()) {
      for (const UChar32 other_case : {u_tolower(u), u_toupper(u)}) {
        if (other_case != u)
          AddAlternative(LookAlike(other_case, normalizers), normalizers, &folded);
      }
      UErrorCode status = U_ZERO_ERROR;
      const UScriptCode script = uscript_getScript(u, &status);
      folded.transliterable =
          c < kTableSize && (script == USCRIPT_GREEK || script == USCRIPT_CYRILLIC);
    }
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

Normalizers GetNormalizers() {
  Normalizers normalizers;
  UErrorCode status = U_ZERO_ERROR;
  normalizers.nfkc_casefold = icu::Normalizer2::getNFKCCasefoldInstance(status);
  if (U_FAILURE(status)) normalizers.nfkc_casefold = nullptr;
  status = U_ZERO_ERROR;
  normalizers.nfd = icu::Normalizer2::getNFDInstance(status);
  if (U_FAILURE(status)) normalizers.nfd = nullptr;
  return normalizers;
}

// Folding goes through ICU's tables, once for each character of the table.
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
  ~FoldingTable() {
    if (confusables_) uspoof_close(confusables_);
  }

  FoldingTable() : normalizers_(GetNormalizers()) {
    UErrorCode status = U_ZERO_ERROR;
    confusables_ = uspoof_open(&status);
    if (U_SUCCESS(status)) normalizers_.confusables = confusables_;
    table_.reserve(kTableSize);
    for (char32_t c = 0; c < kTableSize; ++c) table_.push_back(coopkit::Fold(c, normalizers_));
  }
  Normalizers normalizers_;
  USpoofChecker* confusables_ = nullptr;
  std::vector<FoldedCharacter> table_;
};

// The Latin letters of each transliterable letter of the folding table that
// are not among its readings already (« Н » is n), empty for the others.
// Made for the first text that holds one: ICU's transliterator takes
// longer to make than the whole folding table.
class LatinReadings {
 public:
  static const LatinReadings& Get() {
    static const LatinReadings readings;
    return readings;
  }
  const std::string& Of(char32_t c) const { return latin_[c]; }

 private:
  LatinReadings() : latin_(kTableSize) {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::Transliterator> to_latin(
        icu::Transliterator::createInstance("Greek-Latin; Cyrillic-Latin", UTRANS_FORWARD, status));
    if (U_FAILURE(status)) return;
    const Normalizers normalizers = GetNormalizers();
    const FoldingTable& table = FoldingTable::Get();
    FoldedCharacter scratch;
    for (char32_t c = 0; c < kTableSize; ++c) {
      FoldedCharacter folded = table.Fold(c, &scratch);
      if (!folded.transliterable) continue;
      const size_t known = folded.alternatives.size();
      icu::UnicodeString latin(static_cast<UChar32>(c));
      to_latin->transliterate(latin);
      AddAlternative(latin, normalizers, &folded);
      if (folded.alternatives.size() > known) latin_[c] = std::move(folded.alternatives.back());
    }
  }
  std::vector<std::string> latin_;  // by character
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
      for (const std::string& letters : folded.alternatives)
        alternatives_.push_back({text_.size(), folded.text.size(), letters});
      if (folded.transliterable) {
        if (const std::string& latin = LatinReadings::Get().Of(c); !latin.empty())
          alternatives_.push_back({text_.size(), folded.text.size(), latin});
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

std::vector<FoldedWords::Alternative>::const_iterator FoldedWords::FirstAlternativeFrom(
    size_t at) const {
  return std::lower_bound(alternatives_.begin(), alternatives_.end(), at,
                          [](const Alternative& a, size_t position) { return a.at < position; });
}

bool FoldedWords::OccursAt(size_t first, const FoldedWords& words) const {
  const std::string_view pattern = words.Pattern();
  const size_t begin = words_[first].begin;
  auto ends_a_word = [&](size_t end) {
    size_t last = first;
    while (last < words_.size() && words_[last].end < end) ++last;
    return last < words_.size() && words_[last].end == end;
  };
  const auto alternative = FirstAlternativeFrom(begin);
  if (alternative == alternatives_.end() || alternative->at >= begin + pattern.size()) {
    return std::string_view(text_).substr(begin, pattern.size()) == pattern &&
           ends_a_word(begin + pattern.size());
  }
  // Some letters may be read otherwise: every reading is tried, each pair
  // of places (in the text, in the pattern) once.
  std::set<std::pair<size_t, size_t>> tried;
  std::vector<std::pair<size_t, size_t>> to_try{{begin, 0}};
  while (!to_try.empty()) {
    const auto [at, matched] = to_try.back();
    to_try.pop_back();
    if (!tried.insert({at, matched}).second) continue;
    if (matched == pattern.size()) {
      if (ends_a_word(at)) return true;
      continue;
    }
    if (at < text_.size() && text_[at] == pattern[matched]) to_try.push_back({at + 1, matched + 1});
    for (auto a = FirstAlternativeFrom(at); a != alternatives_.end() && a->at == at; ++a) {
      if (pattern.substr(matched).starts_with(a->letters))
        to_try.push_back({at + a->length, matched + a->letters.size()});
    }
  }
  return false;
}

size_t FoldedWords::NextOccurrence(size_t from, const FoldedWords& words) const {
  if (words.words_.empty()) return words_.size();
  const char first_letter = words.Pattern().front();
  for (size_t first = from; first < words_.size(); ++first) {
    const size_t begin = words_[first].begin;
    bool may_begin = text_[begin] == first_letter;
    if (!may_begin && !alternatives_.empty()) {
      const auto alternative = FirstAlternativeFrom(begin);
      may_begin = alternative != alternatives_.end() && alternative->at == begin;
    }
    if (may_begin && OccursAt(first, words)) return first;
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

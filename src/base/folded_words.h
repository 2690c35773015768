// Text reduced to the words a reader sees, to find a person's name however
// it was written: case, accents, compatibility forms (« ﬁ », « Ｎｏａ »),
// « æ », « œ », « ß », letters that look like plain Latin ones (Cyrillic
// « а », Greek « ο », dotless « ı », small capitals « ɴᴏᴀ ») or that are
// their transliteration (Cyrillic « Н » is N, though it looks like H)
// and the marks of emphasis do not count, and invisible
// characters (zero-width spaces and joiners, direction marks, tag
// characters: every default-ignorable code point) are dropped, so
// « **CAMILLE** Martin », « Camille\nMartin », « Ca\u200Bmille martin » and
// « camille martin » are the same words. A name is found only where whole
// words begin and end (« Anne » is not in « annexe »), with nothing but
// spaces, hyphens or apostrophes inside it unless the name has the same
// punctuation there (« Noa, Fictif » is not « Noa Fictif »; « lou@exemple.org »
// is itself); spaces are not needed (« NoaFictif », « No a Fictif » are the
// name, as a reader may see them). Each word remembers the chunk it came from
// and its byte offset there, so that a find can be traced back to its source.
//
//   FoldedWords text;
//   text.Append(paragraph, /*chunk=*/3);
//   if (auto at = text.Find(FoldedWords("Camille Martin"))) ... at->chunk, at->offset
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace coopkit {

class FoldedWords {
 public:
  struct Place {
    int chunk = 0;
    size_t offset = 0;  // bytes into the chunk's text
  };

  FoldedWords() = default;
  explicit FoldedWords(std::string_view text) { Append(text, 0); }

  /// Appends the words of the UTF-8 `text`. Characters of Markdown emphasis
  /// (`*`, `_`, `` ` ``, `~`), combining marks and default-ignorable code
  /// points join the letters around them; any other character that is not a
  /// letter or a digit separates words.
  /// Words of two chunks never join: a chunk ends a word.
  void Append(std::string_view text, int chunk);

  /// The place of the first occurrence of `words`, all of them in order with
  /// the same punctuation between them; nullopt when absent or when `words`
  /// has none.
  std::optional<Place> Find(const FoldedWords& words) const;

  /// The places of every occurrence of `words`, in order.
  std::vector<Place> FindAll(const FoldedWords& words) const;

  size_t size() const { return words_.size(); }

 private:
  struct Word {
    size_t begin = 0, end = 0;  // its letters in text_
    Place place;
  };
  /// A letter that may be read otherwise (Cyrillic « Н » looks like « H »
  /// and is « N »): text_[at, at + length) may be read as `letters`.
  struct Alternative {
    size_t at = 0, length = 0;
    std::string letters;
  };
  /// The first alternative at `at` or after it.
  std::vector<Alternative>::const_iterator FirstAlternativeFrom(size_t at) const;
  /// Whether `words` occur from word `first` on.
  bool OccursAt(size_t first, const FoldedWords& words) const;
  /// The first word from `from` on where `words` occur, or size().
  size_t NextOccurrence(size_t from, const FoldedWords& words) const;
  /// The folded letters and punctuation of every word, from the first
  /// word's letters to the last's: what a name is looked for as.
  std::string_view Pattern() const;

  std::vector<Word> words_;
  // Every word, folded, end to end, each preceded by the punctuation before
  // it (spaces, hyphens and apostrophes left out).
  std::string text_;
  std::vector<Alternative> alternatives_;  // in text order
};

}  // namespace coopkit

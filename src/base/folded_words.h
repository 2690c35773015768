// Text reduced to the words a reader sees, to find a person's name however
// it was written: case, accents and the marks of emphasis do not count
// (« **CAMILLE** Martin », « Camille\nMartin » and « camille martin » are the
// same words), and a name is found only as whole words in sequence (« Anne »
// is not in « annexe »), with nothing but spaces, hyphens or apostrophes
// between them unless the name has the same punctuation there (« Noa,
// Fictif » is not « Noa Fictif »; « lou@exemple.org » is itself). Each word remembers the chunk it
// came from and its byte offset there, so that a find can be traced back to its source.
//
//   FoldedWords text;
//   text.Append(paragraph, /*chunk=*/3);
//   if (auto at = text.Find(FoldedWords("Camille Martin"))) ... at->chunk, at->offset
#pragma once

#include <cstdint>
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
  /// (`*`, `_`, `` ` ``, `~`) and soft hyphens join the letters around them;
  /// any other character that is not a letter or a digit separates words.
  /// Words of two chunks never join: a chunk ends a word.
  void Append(std::string_view text, int chunk);

  /// The place of the first occurrence of `words`, all of them in order and
  /// nothing between them; nullopt when absent or when `words` has none.
  std::optional<Place> Find(const FoldedWords& words) const;

  /// The places of every occurrence of `words`, in order.
  std::vector<Place> FindAll(const FoldedWords& words) const;

  size_t size() const { return words_.size(); }

 private:
  struct Word {
    uint32_t hash = 0;                                 // of its letters, compared first
    size_t begin = 0, length = 0;                      // in letters_
    size_t separator_begin = 0, separator_length = 0;  // in separators_
    Place place;
  };
  std::string_view Letters(const Word& word) const {
    return std::string_view(letters_).substr(word.begin, word.length);
  }
  std::string_view Separator(const Word& word) const {
    return std::string_view(separators_).substr(word.separator_begin, word.separator_length);
  }
  void EndWord(Word* word);
  /// Whether `words` occur from word `first` on.
  bool OccursAt(size_t first, const FoldedWords& words) const;

  std::vector<Word> words_;
  std::string letters_;     // every word, case-folded and without accents, end to end
  std::string separators_;  // the punctuation before each word, end to end
};

}  // namespace coopkit

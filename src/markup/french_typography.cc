#include "markup/french_typography.h"

#include <cassert>
#include <vector>

#include "base/utf8.h"

namespace coopkit::markup {
namespace {

constexpr char32_t kNbsp = 0x00A0;
constexpr char32_t kNarrowNbsp = 0x202F;
constexpr char32_t kOpeningGuillemet = 0x00AB;
constexpr char32_t kClosingGuillemet = 0x00BB;
constexpr char32_t kTypographicApostrophe = 0x2019;
constexpr char32_t kEllipsis = 0x2026;
constexpr char32_t kNone = 0;

// Inline code and line breaks take part as context only: they are never
// rewritten and never written back.
constexpr int kContextOnly = -1;

// One code point of a block's inline text, with the text node it belongs to.
struct Glyph {
  char32_t cp;
  int owner;    // index of the text it is written back to, or kContextOnly
  bool frozen;  // kept exactly as it is (code, URLs)
};

bool IsSpace(char32_t cp) {
  return cp == ' ' || cp == '\t' || cp == '\n' || cp == kNbsp || cp == kNarrowNbsp || cp == 0x2009;
}

// Latin letters, accented ones included (French needs nothing further).
bool IsLetter(char32_t cp) {
  if ((cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z')) return true;
  return cp >= 0xC0 && cp <= 0x24F && cp != 0xD7 && cp != 0xF7;
}

bool IsDigit(char32_t cp) { return cp >= '0' && cp <= '9'; }

bool IsOneOf(char32_t cp, std::u32string_view set) { return set.find(cp) != set.npos; }

// A straight double quote after these opens a quotation; after anything
// else it closes one.
bool OpensQuotation(char32_t before) {
  return before == kNone || IsSpace(before) || IsOneOf(before, U"([{«—–-/’'");
}

// No space goes between these and a following ; ! ? : (as in « ?! »).
bool StaysTightBefore(char32_t before) { return IsOneOf(before, U";!?:([{'’\""); }

void Decode(std::string_view text, int owner, bool frozen, std::vector<Glyph>* glyphs) {
  for (size_t pos = 0; pos < text.size();)
    glyphs->push_back({DecodeUtf8(text, &pos), owner, frozen});
}

// Freezes every whitespace-delimited token that holds a URL, so that its
// colons, question marks and quotes stay as typed.
void FreezeUrls(std::vector<Glyph>* glyphs) {
  size_t start = 0;
  while (start < glyphs->size()) {
    if (IsSpace((*glyphs)[start].cp)) {
      ++start;
      continue;
    }
    size_t end = start;
    while (end < glyphs->size() && !IsSpace((*glyphs)[end].cp)) ++end;
    size_t url_start = start;
    while (url_start < end && IsOneOf((*glyphs)[url_start].cp, U"([<«\"'")) ++url_start;
    std::string token;
    for (size_t i = url_start; i < end; ++i) AppendUtf8(&token, (*glyphs)[i].cp);
    if (token.find("://") != token.npos || token.starts_with("www.") ||
        token.starts_with("mailto:")) {
      for (size_t i = url_start; i < end; ++i) (*glyphs)[i].frozen = true;
    }
    start = end;
  }
}

// One left-to-right pass over a block's glyphs, producing the rewritten ones.
class Rewriter {
 public:
  explicit Rewriter(const std::vector<Glyph>& in) : in_(in) {}

  std::vector<Glyph> Run() {
    for (next_ = 0; next_ < in_.size();) {
      const Glyph& g = in_[next_++];
      if (skip_spaces_ && !g.frozen && IsSpace(g.cp)) continue;
      skip_spaces_ = false;
      if (g.frozen) {
        out_.push_back(g);
        continue;
      }
      Rewrite(g);
    }
    return std::move(out_);
  }

 private:
  void Rewrite(const Glyph& g) {
    switch (g.cp) {
      case '\'':
        Emit(g, IsLetter(Previous()) && IsLetter(Ahead(0)) ? kTypographicApostrophe : g.cp);
        break;
      case '"':
        if (!in_quotation_ && OpensQuotation(Previous())) {
          OpenQuotation(g);
        } else {
          CloseQuotation(g);
        }
        break;
      case kOpeningGuillemet:
        OpenQuotation(g);
        break;
      case kClosingGuillemet:
        CloseQuotation(g);
        break;
      case '.':
        if (EditableAhead(0, '.') && EditableAhead(1, '.')) {
          next_ += 2;
          Emit(g, kEllipsis);
        } else {
          out_.push_back(g);
        }
        break;
      case ':':
        if (Ahead(0) == '/' || (IsDigit(Previous()) && IsDigit(Ahead(0))) || StartsEmoticon()) {
          out_.push_back(g);
        } else {
          SpaceBefore(g, kNbsp);
        }
        break;
      case ';':
        if (StartsEmoticon()) {
          out_.push_back(g);
        } else {
          SpaceBefore(g, kNarrowNbsp);
        }
        break;
      case '!':
      case '?':
        SpaceBefore(g, kNarrowNbsp);
        break;
      case ' ':
        if (BindsToTheNumberAhead()) {
          Emit(g, kNbsp);
        } else if (GroupsDigits() || (IsDigit(Previous()) && IsOneOf(Ahead(0), U"%€"))) {
          Emit(g, kNarrowNbsp);
        } else {
          out_.push_back(g);
        }
        break;
      default:
        out_.push_back(g);
    }
  }

  // The output ends with `word` (compared in lower case), itself at the start
  // or after a space or an opening bracket.
  bool EndsWithWord(std::u32string_view word) const {
    if (out_.size() < word.size()) return false;
    const size_t start = out_.size() - word.size();
    for (size_t i = 0; i < word.size(); ++i) {
      const char32_t cp = out_[start + i].cp;
      if ((cp >= 'A' && cp <= 'Z' ? cp + 32 : cp) != word[i]) return false;
    }
    return start == 0 || IsSpace(out_[start - 1].cp) || IsOneOf(out_[start - 1].cp, U"(");
  }

  // « n° 2014-856 », « art. L1253-1 », « art. 53 »: the abbreviation stays
  // with the number it announces.
  bool BindsToTheNumberAhead() const {
    const bool number_ahead =
        IsDigit(Ahead(0)) || (Ahead(0) >= 'A' && Ahead(0) <= 'Z' && IsDigit(Ahead(1)));
    return number_ahead && (EndsWithWord(U"n°") || EndsWithWord(U"art."));
  }

  // « 18 500 », « 80 011 »: a group of three digits after one to three.
  bool GroupsDigits() const {
    size_t digits = 0;
    while (digits < out_.size() && IsDigit(out_[out_.size() - 1 - digits].cp)) ++digits;
    if (digits == 0 || digits > 3) return false;
    if (digits < out_.size() && IsOneOf(out_[out_.size() - 1 - digits].cp, U",.")) return false;
    return IsDigit(Ahead(0)) && IsDigit(Ahead(1)) && IsDigit(Ahead(2)) && !IsDigit(Ahead(3));
  }

  void Emit(const Glyph& g, char32_t cp) { out_.push_back({cp, g.owner, false}); }

  char32_t Previous() const { return out_.empty() ? kNone : out_.back().cp; }

  // The code point `offset` places after the one being rewritten.
  char32_t Ahead(size_t offset) const {
    return next_ + offset < in_.size() ? in_[next_ + offset].cp : kNone;
  }

  bool EditableAhead(size_t offset, char32_t cp) const {
    return Ahead(offset) == cp && !in_[next_ + offset].frozen;
  }

  // ;) :( ;-) and the like, read just after the ; or :.
  bool StartsEmoticon() const {
    char32_t mouth = Ahead(0) == '-' ? Ahead(1) : Ahead(0);
    return mouth == ')' || mouth == '(';
  }

  // Index where the run of editable spaces at the end of the output begins.
  size_t TrailingSpacesStart() const {
    size_t start = out_.size();
    while (start > 0 && !out_[start - 1].frozen && IsSpace(out_[start - 1].cp)) --start;
    return start;
  }

  // Puts exactly one `space` between the text and the punctuation `g`,
  // replacing whatever spaces were typed there.
  void SpaceBefore(const Glyph& g, char32_t space) {
    size_t spaces = TrailingSpacesStart();
    bool typed_space = spaces < out_.size();
    const Glyph* before = spaces > 0 && !IsSpace(out_[spaces - 1].cp) ? &out_[spaces - 1] : nullptr;
    if (before && (typed_space || before->frozen || !StaysTightBefore(before->cp))) {
      int owner = typed_space ? out_[spaces].owner : g.owner;
      out_.resize(spaces);
      out_.push_back({space, owner, false});
    }
    out_.push_back(g);
  }

  void OpenQuotation(const Glyph& g) {
    Emit(g, kOpeningGuillemet);
    Emit(g, kNbsp);
    skip_spaces_ = true;
    in_quotation_ = true;
  }

  void CloseQuotation(const Glyph& g) {
    size_t spaces = TrailingSpacesStart();
    if (spaces > 0) {
      int owner = spaces < out_.size() ? out_[spaces].owner : g.owner;
      out_.resize(spaces);
      out_.push_back({kNbsp, owner, false});
    }
    Emit(g, kClosingGuillemet);
    in_quotation_ = false;
  }

  const std::vector<Glyph>& in_;
  std::vector<Glyph> out_;
  size_t next_ = 0;  // index in in_ of the glyph after the one being rewritten
  bool skip_spaces_ = false;
  bool in_quotation_ = false;
};

void Rewrite(std::vector<Glyph>* glyphs, const std::vector<std::string*>& texts) {
  FreezeUrls(glyphs);
  std::vector<Glyph> rewritten = Rewriter(*glyphs).Run();
  for (std::string* text : texts) text->clear();
  for (const Glyph& g : rewritten) {
    if (g.owner == kContextOnly) continue;
    assert(g.owner >= 0 && static_cast<size_t>(g.owner) < texts.size());
    AppendUtf8(texts[g.owner], g.cp);
  }
}

void CollectInlines(doc::Node* node, std::vector<std::string*>* texts, std::vector<Glyph>* glyphs) {
  switch (node->kind) {
    case doc::NodeKind::kText:
      texts->push_back(&node->text);
      Decode(node->text, static_cast<int>(texts->size()) - 1, false, glyphs);
      break;
    case doc::NodeKind::kCode:
      Decode(node->text, kContextOnly, true, glyphs);
      break;
    case doc::NodeKind::kSoftBreak:
    case doc::NodeKind::kLineBreak:
      glyphs->push_back({'\n', kContextOnly, true});
      break;
    default:
      for (auto& child : node->children) CollectInlines(child.get(), texts, glyphs);
  }
}

}  // namespace

std::string FrenchTypography::ApplyToText(std::string_view text) const {
  std::string result(text);
  std::vector<Glyph> glyphs;
  Decode(text, 0, false, &glyphs);
  Rewrite(&glyphs, {&result});
  return result;
}

void FrenchTypography::ApplyToTree(doc::Node* root) const {
  std::vector<std::string*> texts;
  std::vector<Glyph> glyphs;
  for (auto& child : root->children) {
    if (doc::IsBlock(child->kind)) {
      ApplyToTree(child.get());
    } else {
      CollectInlines(child.get(), &texts, &glyphs);
    }
  }
  if (!texts.empty()) Rewrite(&glyphs, texts);
}

}  // namespace coopkit::markup

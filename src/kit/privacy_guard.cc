#include "kit/privacy_guard.h"

#include <algorithm>
#include <utility>

#include "base/percent_decoding.h"
#include "content/text_position.h"

namespace coopkit::kit {
namespace {

using content::ContentValue;
using content::ParticipantSecret;

std::string ListedAt(const ParticipantSecret& secret) {
  return "participant listed at " + secret.listed_at.file + ":" +
         std::to_string(secret.listed_at.line);
}

// The message never quotes the secret: diagnostics reach terminals, build
// reports and public CI summaries.
void ReportSecret(const ParticipantSecret& secret, const SourceLocation& where, bool printed,
                  DiagnosticList* diagnostics) {
  const std::string subject = printed ? "this document would print " : "this text holds ";
  if (secret.is_email) {
    diagnostics->Error(where, subject + "a participant's e-mail address, which is never printed",
                       "remove the address (" + ListedAt(secret) + ")");
  } else {
    diagnostics->Error(where, subject + "the name of a participant who did not consent to be named",
                       "remove the name, or record their consent (" + ListedAt(secret) + ")");
  }
}

// Every scalar of `value`, in document order.
void CollectScalars(const ContentValue& value, std::vector<const ContentValue*>* scalars) {
  if (value.IsScalar()) scalars->push_back(&value);
  for (const ContentValue& item : value.items) CollectScalars(item, scalars);
  for (const content::MapEntry& entry : value.entries) CollectScalars(entry.value, scalars);
}

// The printed text of a document tree as words, one chunk per block (and per
// attribute, link target and metadata field), each chunk placed at the line
// and column of the Markdown block it came from; the lines of a paragraph
// are told apart by its breaks. Walked with a stack: a tree may be deep.
class PrintedText {
 public:
  struct Start {
    int line = 0, column = 0;    // 0 when unknown
    std::vector<size_t> breaks;  // offsets where the next Markdown line begins
  };

  explicit PrintedText(const doc::Document& document) {
    const doc::DocumentInfo& info = document.info;
    for (const std::string* field : {&info.title, &info.author, &info.subject, &info.keywords,
                                     &info.header_left, &info.header_right, &info.footer_left})
      AddChunk(*field, {info.source_line, 0, {}});
    std::vector<const doc::Node*> stack{document.root.get()};
    while (!stack.empty()) {
      const doc::Node* node = stack.back();
      stack.pop_back();
      if (doc::IsBlock(node->kind)) Flush();
      if (node->source_line > 0) here_ = {node->source_line, node->source_column, {}};
      if (doc::IsBlock(node->kind)) paragraph_start_ = here_;
      paragraph_ += node->text;
      if (node->kind == doc::NodeKind::kSoftBreak || node->kind == doc::NodeKind::kLineBreak) {
        paragraph_ += ' ';
        paragraph_start_.breaks.push_back(paragraph_.size());
      }
      AddChunk(PercentDecoded(node->url), here_);
      for (const auto& [key, value] : node->attributes) AddChunk(PercentDecoded(value), here_);
      for (auto child = node->children.rbegin(); child != node->children.rend(); ++child)
        stack.push_back(child->get());
    }
    Flush();
  }

  const FoldedWords& words() const { return words_; }

  /// The Markdown line of `at`, and the column of its chunk when on the
  /// chunk's first line (0 otherwise, or when unknown).
  std::pair<int, int> LineAndColumn(const FoldedWords::Place& at) const {
    const Start& start = starts_[static_cast<size_t>(at.chunk)];
    const auto later =
        static_cast<int>(std::upper_bound(start.breaks.begin(), start.breaks.end(), at.offset) -
                         start.breaks.begin());
    return {start.line + later, later == 0 ? start.column : 0};
  }

 private:
  void AddChunk(const std::string& text, Start start) {
    if (text.empty()) return;
    words_.Append(text, static_cast<int>(starts_.size()));
    starts_.push_back(std::move(start));
  }
  void Flush() {
    AddChunk(paragraph_, std::move(paragraph_start_));
    paragraph_.clear();
    paragraph_start_ = {};
  }

  FoldedWords words_;
  std::vector<Start> starts_;  // by chunk
  std::string paragraph_;      // the inline text of the block being walked
  Start here_;                 // of the last node placed
  Start paragraph_start_;
};

// What a laid-out document draws, as words: each page's text runs in drawing
// order (headers, footers, page numbers and the table of contents with the
// rest), its bookmarks, link addresses as a reader's program decodes them,
// and its metadata, one chunk each.
FoldedWords DrawnText(const page::LaidOutDocument& document) {
  FoldedWords words;
  int chunk = 0;
  const doc::DocumentInfo& info = document.info;
  for (const std::string* field : {&info.title, &info.author, &info.subject, &info.keywords})
    words.Append(*field, chunk++);
  for (const page::OutlineEntry& entry : document.outline) words.Append(entry.title, chunk++);
  std::string text;
  for (const page::Page& page : document.pages) {
    text.clear();
    for (const page::GlyphRun& run : page.runs) (text += run.text) += ' ';
    words.Append(text, chunk++);
    for (const page::LinkArea& link : page.links) words.Append(PercentDecoded(link.uri), chunk++);
  }
  return words;
}

}  // namespace

PrivacyGuard::PrivacyGuard(std::vector<ParticipantSecret> secrets) : secrets_(std::move(secrets)) {
  for (const ParticipantSecret& secret : secrets_) secret_words_.emplace_back(secret.text);
}

void PrivacyGuard::ForEachPlace(
    const ContentValue& data,
    const std::function<void(size_t secret, const SourceLocation& where)>& found) const {
  std::vector<const ContentValue*> scalars;
  CollectScalars(data, &scalars);
  // One chunk per scalar (names never run from one to the next), then one
  // per scalar holding an escape, decoded, as a web address is opened.
  FoldedWords words;
  std::vector<std::string> decoded;
  std::vector<size_t> decoded_scalars;
  for (size_t i = 0; i < scalars.size(); ++i) {
    words.Append(scalars[i]->scalar, static_cast<int>(i));
    if (scalars[i]->scalar.find('%') == std::string::npos) continue;
    decoded.push_back(PercentDecoded(scalars[i]->scalar));
    decoded_scalars.push_back(i);
  }
  for (size_t k = 0; k < decoded.size(); ++k)
    words.Append(decoded[k], static_cast<int>(scalars.size() + k));
  for (size_t i = 0; i < secrets_.size(); ++i) {
    std::vector<bool> reported(scalars.size(), false);
    for (const FoldedWords::Place& at : words.FindAll(secret_words_[i])) {
      const auto chunk = static_cast<size_t>(at.chunk);
      const bool in_decoded = chunk >= scalars.size();
      const size_t index = in_decoded ? decoded_scalars[chunk - scalars.size()] : chunk;
      if (in_decoded && reported[index]) continue;
      reported[index] = true;
      const ContentValue& scalar = *scalars[index];
      SourceLocation where = scalar.location;
      if (!scalar.markdown_file.empty() && !in_decoded) {
        where = content::LocationOfOffset(scalar.markdown_file, scalar.scalar, at.offset);
      } else if (!scalar.markdown_file.empty()) {  // its line; columns moved with the escapes
        const int line = content::LocationOfOffset(scalar.markdown_file,
                                                   decoded[chunk - scalars.size()], at.offset)
                             .line;
        where = content::LocationOfLineText(scalar.markdown_file, scalar.scalar, line);
      }
      found(i, where);
    }
  }
}

const ParticipantSecret* PrivacyGuard::SecretIn(std::string_view text) const {
  const FoldedWords words(text);
  for (size_t i = 0; i < secrets_.size(); ++i) {
    if (words.Find(secret_words_[i])) return &secrets_[i];
  }
  return nullptr;
}

void PrivacyGuard::CheckContent(const ContentValue& data, Found* found,
                                DiagnosticList* diagnostics) const {
  if (found->empty()) found->resize(secrets_.size(), false);
  if (secrets_.empty()) return;
  ForEachPlace(data, [&](size_t secret, const SourceLocation& where) {
    (*found)[secret] = true;
    ReportSecret(secrets_[secret], where, false, diagnostics);
  });
}

void PrivacyGuard::CheckPrinted(const doc::Document& document, std::string_view markdown,
                                const std::string& markdown_name, Found* found,
                                DiagnosticList* diagnostics) const {
  if (secrets_.empty()) return;
  const PrintedText printed(document);
  for (size_t i = 0; i < secrets_.size(); ++i) {
    if ((*found)[i]) continue;
    std::optional<FoldedWords::Place> at = printed.words().Find(secret_words_[i]);
    if (!at) continue;
    (*found)[i] = true;
    // The name's own column when its line holds it as written; else where
    // the block starts, or the line's text (an entity or a comment split it).
    const auto [line, column] = printed.LineAndColumn(*at);
    const size_t line_start = content::OffsetOfLine(markdown, line);
    const std::string_view text =
        markdown.substr(line_start, markdown.find('\n', line_start) - line_start);
    SourceLocation where = content::LocationOfLineText(markdown_name, markdown, line);
    if (std::optional<FoldedWords::Place> written = FoldedWords(text).Find(secret_words_[i]))
      where = content::LocationOfOffset(markdown_name, markdown, line_start + written->offset);
    else if (column > 0)
      where.column = column;
    ReportSecret(secrets_[i], where, true, diagnostics);
  }
}

void PrivacyGuard::CheckDrawn(const page::LaidOutDocument& document,
                              const SourceLocation& document_entry, const Found& found,
                              DiagnosticList* diagnostics) const {
  if (secrets_.empty()) return;
  std::optional<FoldedWords> drawn;
  for (size_t i = 0; i < secrets_.size(); ++i) {
    if (found[i]) continue;
    if (!drawn) drawn = DrawnText(document);
    if (drawn->Find(secret_words_[i])) ReportSecret(secrets_[i], document_entry, true, diagnostics);
  }
}

void PrivacyGuard::CheckKitPage(const content::KitManifest& kit,
                                DiagnosticList* diagnostics) const {
  if (secrets_.empty()) return;
  ContentValue printed = ContentValue::List();
  printed.items.push_back(kit.kit);
  for (const content::DocumentSpec& spec : kit.documents)
    printed.items.push_back(ContentValue::Scalar(spec.title, spec.location));
  ForEachPlace(printed, [&](size_t secret, const SourceLocation& where) {
    ReportSecret(secrets_[secret], where, false, diagnostics);
  });
}

}  // namespace coopkit::kit

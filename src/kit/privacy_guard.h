// Keeps the promise that no document of the kit prints the name of a
// participant without consent, or anyone's e-mail address, wherever it was
// written: in another content file, another document, a Markdown chapter, a
// template, the theme. The secrets come from every participants list of the
// kit (content/participant_privacy.h); each document is checked three times:
//   - its content and its theme as written (every word of the theme,
//     whether the document prints it or not: « (suite) » only shows when a
//     table continues), before any template sees them: an error at the
//     place the user wrote the name (the YAML value, or the line and column
//     of the Markdown file);
//   - what it prints, after templates, Markdown and French typography (the
//     document tree and its metadata): an error at the line of the
//     rendered Markdown that prints it, for the secrets its content did
//     not hold — those a template writes, or that an entity, a comment or
//     emphasis split;
//   - what its pages draw, once laid out (every text run: running heads,
//     page numbers, the table of contents), with its bookmarks, link
//     addresses and metadata: the backstop, at the document's entry in
//     kit.yaml.
// The kit's page (index.html) prints kit.yaml's texts: they are checked too.
// Names are compared as words, without case, accents or emphasis
// (base/folded_words.h). No message quotes a secret: diagnostics reach
// terminals, build reports and public CI summaries.
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "base/diagnostic.h"
#include "base/folded_words.h"
#include "content/content_value.h"
#include "content/kit_manifest.h"
#include "content/participant_privacy.h"
#include "document/node.h"
#include "page/page.h"

namespace coopkit::kit {

/// Recorded with each document built: raised whenever the check finds more,
/// so that a document built by an earlier check is checked again.
inline constexpr int kPrivacyCheckRevision = 3;

class PrivacyGuard {
 public:
  explicit PrivacyGuard(std::vector<content::ParticipantSecret> secrets);

  /// For each secret, in order, whether CheckContent() found it.
  using Found = std::vector<bool>;

  /// The first secret that `text` holds, or null.
  const content::ParticipantSecret* SecretIn(std::string_view text) const;

  /// Reports each text of `data` that holds a secret, and marks the secret
  /// in `found` (sized to the secrets first when empty). `data` is a
  /// document's merged content or a theme as written.
  void CheckContent(const content::ContentValue& data, Found* found,
                    DiagnosticList* diagnostics) const;

  /// Reports each secret that `document` prints and that `found` does not
  /// hold, located in `markdown` (the Markdown it was read from, under the
  /// name `markdown_name`), and adds it to `found`.
  void CheckPrinted(const doc::Document& document, std::string_view markdown,
                    const std::string& markdown_name, Found* found,
                    DiagnosticList* diagnostics) const;

  /// Reports each secret that `document` draws and that `found` does not
  /// hold, at `document_entry`.
  void CheckDrawn(const page::LaidOutDocument& document, const SourceLocation& document_entry,
                  const Found& found, DiagnosticList* diagnostics) const;

  /// Reports each secret in what the kit's page prints of `kit`: the `kit:`
  /// map and every document's title.
  void CheckKitPage(const content::KitManifest& kit, DiagnosticList* diagnostics) const;

 private:
  /// Calls `found` for each place of `data`'s texts that holds a secret.
  void ForEachPlace(
      const content::ContentValue& data,
      const std::function<void(size_t secret, const SourceLocation& where)>& found) const;

  std::vector<content::ParticipantSecret> secrets_;
  std::vector<FoldedWords> secret_words_;  // by secret
};

}  // namespace coopkit::kit

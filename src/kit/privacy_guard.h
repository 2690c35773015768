// Keeps the promise that no document of the kit prints the name of a
// participant without consent, or anyone's e-mail address, wherever it was
// written: in another content file, another document, a Markdown chapter, a
// template. The secrets come from every participants list of the kit
// (content/participant_privacy.h); each document is checked twice:
//   - its content, before any template sees it: an error at the place the
//     user wrote the name (the YAML value, or the line and column of the
//     Markdown file);
//   - what it prints, after templates, Markdown and French typography (the
//     document tree and its metadata): an error at the line of the
//     rendered Markdown that prints it, for the secrets its content did
//     not hold — those a template writes, or that emphasis split;
//   - what its pages draw, once laid out (every text run: running heads,
//     page numbers, the table of contents), with its bookmarks, link
//     addresses and metadata: the backstop, for what the theme's words add;
//     an error at the theme's string when one holds the name, else at the
//     document's entry in kit.yaml.
// The kit's page (index.html) prints kit.yaml's texts: they are checked too.
// Names are compared as words, without case, accents or emphasis
// (base/folded_words.h).
#pragma once

#include <functional>
#include <string>
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
inline constexpr int kPrivacyCheckRevision = 2;

class PrivacyGuard {
 public:
  explicit PrivacyGuard(std::vector<content::ParticipantSecret> secrets);

  /// For each secret, in order, whether CheckContent() found it.
  using Found = std::vector<bool>;

  /// Reports each text of `data`, a document's merged content, that holds a
  /// secret.
  Found CheckContent(const content::ContentValue& data, DiagnosticList* diagnostics) const;

  /// Reports each secret that `document` prints and that `found` does not
  /// hold, located in `markdown_name` (the name its Markdown was read under),
  /// and adds it to `found`.
  void CheckPrinted(const doc::Document& document, const std::string& markdown_name, Found* found,
                    DiagnosticList* diagnostics) const;

  /// Reports each secret that `document` draws and that `found` does not
  /// hold: at its place in `theme` (the themes as written that apply to the
  /// document, null for none) when there, else at `document_entry`.
  void CheckDrawn(const page::LaidOutDocument& document,
                  const std::vector<const content::ContentValue*>& theme,
                  const SourceLocation& document_entry, const Found& found,
                  DiagnosticList* diagnostics) const;

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

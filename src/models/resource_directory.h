// The resource directory (`resources:` in the content): declared lists of
// kinds, themes and scales, then entries that each name one of them. Reading
// it checks every entry (required fields, web and e-mail syntax, duplicate
// names, unknown kinds, themes and scales with a did-you-mean hint) and
// TemplateData() gives templates what they cannot compute themselves:
//
//   resources:
//     entries:         as written, each with kind_label, theme_labels (a
//                      list of texts), scale_label and qr (its website)
//     groups:          [{id, label, entries}] one per kind that has entries,
//                      in the order the kinds are declared
//     by_theme:        [{id, label, entries}] one per theme that has entries
//     guide_selection: the entries with `in_guide: true`
//
// Every list of entries is sorted by the French collation of the names
// (« École » with the E's, « Œuvre » as « OE »); the declared lists stay as
// written.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "base/diagnostic.h"
#include "content/content_value.h"

namespace coopkit::models {

class ResourceDirectory {
 public:
  /// Reads the value of the `resources:` key; nullopt after any error, all
  /// of them in `diagnostics`.
  static std::optional<ResourceDirectory> Read(const content::ContentValue& resources,
                                               DiagnosticList* diagnostics);

  /// The `resources:` value that was read, its entries moved into the
  /// fields above.
  content::ContentValue TemplateData(content::ContentValue resources) const;

  size_t size() const { return entries_.size(); }

 private:
  struct Label {
    std::string id;
    std::string label;
  };
  struct Entry {
    size_t item = 0;             // index into the written entries
    size_t kind = 0;             // index into kinds_
    std::vector<size_t> themes;  // indexes into themes_
    size_t scale = 0;            // index into scales_
    bool in_guide = false;
  };

  /// The entry as written, with its labels and QR data added.
  content::ContentValue Enriched(const Entry& entry, content::ContentValue written) const;

  std::vector<Label> kinds_, themes_, scales_;
  std::vector<Entry> entries_;  // sorted by name, French collation
};

/// When `content` has a `resources:` key, reads it and replaces it with its
/// TemplateData(). False after any error.
bool AddResourceDirectory(content::ContentValue* content, DiagnosticList* diagnostics);

}  // namespace coopkit::models

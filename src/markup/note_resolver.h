// NoteResolver numbers a document's source notes once its tree is built.
// A note is called by `[^label]` anywhere in the text, directive bodies
// included, and defined once in a {notes} directive (a kNotes node whose
// children are paragraphs with a `label` attribute). It runs on the tree
// rather than through cmark's footnote extension because directive bodies
// are parsed separately, and a call in a table cell must find a definition
// written at the end of the document.
//
// After Resolve, every call in the text is a kNoteReference (text: label;
// attribute `number`), numbered in the order of the first call to each note,
// and every kNotes node holds its used definitions in number order, each
// with its `number`. Layout then only prints.
#pragma once

#include <string>

#include "base/diagnostic.h"
#include "document/node.h"

namespace coopkit::markup {

class NoteResolver {
 public:
  /// `source_name` names the markup in diagnostics.
  /// REQUIRES: `diagnostics` outlives the resolver.
  NoteResolver(DiagnosticList* diagnostics, std::string source_name);

  /// Reports a call to an undefined note (error, with a did-you-mean hint),
  /// a note defined twice (error) and a note never called (warning; it is
  /// left out of the notes).
  void Resolve(doc::Node* root);

 private:
  DiagnosticList* diagnostics_;
  std::string source_name_;
};

}  // namespace coopkit::markup

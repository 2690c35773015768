// A TODO mark is a place in the content that a person still has to fill in:
// any text value that starts with "TODO", such as
// `date: "TODO: date de l'atelier (AAAA-MM-JJ)"`. `coopkit new` writes them,
// schemas accept them in place of any typed value, `coopkit check` lists the
// ones left and `coopkit build` refuses a document that still has some,
// unless it builds a marked draft.
#pragma once

#include <string>
#include <vector>

#include "base/diagnostic.h"
#include "content/content_value.h"

namespace coopkit::content {

struct TodoMark {
  SourceLocation location;  // of the text value
  std::string text;         // its first line, for messages
};

/// True for a text value starting with "TODO".
bool IsTodoMark(const ContentValue& value);

/// Every TODO mark in `value` and below, in the order written.
std::vector<TodoMark> FindTodoMarks(const ContentValue& value);

}  // namespace coopkit::content

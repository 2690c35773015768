// A document model: the meaning, beyond its schema, of one part of a
// document's content (the legal-forms sheet, the resource directory, the
// evaluation...). Each model names the top-level keys it owns; the content
// set runs a model only for the documents whose merged content has one of
// them, in the order of the list it is given (models/kit_models.h), so a
// document that uses none of those keys gets no model's checks.
#pragma once

#include <string_view>
#include <vector>

#include "base/diagnostic.h"
#include "content/content_schema.h"
#include "content/content_value.h"

namespace coopkit::content {

class ContentModel {
 public:
  virtual ~ContentModel() = default;

  /// The top-level keys whose values this model reads.
  virtual std::vector<std::string_view> keys() const = 0;

  /// The shapes of those keys that the model's code relies on, checked
  /// before Check whatever schema files the kit has (a key that does not
  /// fit them gets neither Check nor Finish).
  virtual std::vector<const ContentSchema*> shapes() const { return {}; }

  /// Checks the model's part of `content` (one document's merged content),
  /// each problem at the value it concerns, and adds the views its
  /// templates need.
  virtual void Check(ContentValue* content, DiagnosticList* diagnostics) const = 0;

  /// Views added once the content is complete and free of errors, after the
  /// French dates.
  virtual void Finish(ContentValue* /*content*/) const {}
};

/// The models a kit knows, in the order they run.
using ContentModels = std::vector<const ContentModel*>;

}  // namespace coopkit::content

// The document models of a coopkit kit, in the order they run: each one is
// given to the content set (content/content_set.h) and checks only the
// documents whose content has one of its keys.
//
//   event        event_info.h          a postcode of five digits
//   legal_forms  legal_forms_sheet.h   the forms compared: synopsis, cards, guide
//   evaluation,  evaluation_question.h the form's questions, and the report's
//   report                             results joined to them
//   resources    resource_directory.h  the directory, sorted and grouped
#pragma once

#include "content/content_model.h"

namespace coopkit::models {

/// The models above, alive for the whole program.
const content::ContentModels& KitModels();

}  // namespace coopkit::models

// Turns a content tree into kainjow's data: maps become objects, lists
// lists and scalars strings, except an unquoted true/false, which becomes a
// boolean so that `{{#flag}}` tests it. An empty value is false.
#pragma once

#include <kainjow/mustache.hpp>

#include "content/content_value.h"

namespace coopkit::templates {

/// Moves the value's texts over and lets go of it as it goes, so that the
/// two trees are never both whole in memory.
kainjow::mustache::data ToMustacheData(content::ContentValue value);

}  // namespace coopkit::templates

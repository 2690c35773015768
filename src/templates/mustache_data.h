// Turns a content tree into kainjow's data: maps become objects, lists
// lists and scalars strings, except an unquoted true/false, which becomes a
// boolean so that `{{#flag}}` tests it. An empty value is false.
#pragma once

#include <kainjow/mustache.hpp>

#include "content/content_value.h"

namespace coopkit::templates {

kainjow::mustache::data ToMustacheData(const content::ContentValue& value);

}  // namespace coopkit::templates

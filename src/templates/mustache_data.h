// Turns a content tree into kainjow's data: maps become objects, lists
// lists and scalars strings, except an unquoted true/false, which becomes a
// boolean so that `{{#flag}}` tests it. An empty value is false.
#pragma once

#include <kainjow/mustache.hpp>
#include <string>
#include <vector>

#include "content/content_value.h"

namespace coopkit::templates {

/// Moves the value's texts over and lets go of it as it goes, so that the
/// two trees are never both whole in memory. With `files`, a text read from
/// a Markdown file or a YAML value gets the marks of its lines' places in
/// that file (see rendered_text.h), the file numbered by its place in
/// `files`, where it is added if absent.
kainjow::mustache::data ToMustacheData(content::ContentValue value,
                                       std::vector<std::string>* files = nullptr);

}  // namespace coopkit::templates

// Escaping for values printed by `{{x}}` into Markdown: a value such as
// « Groupement *A* » or « 1. étape » must print literally, not turn into
// emphasis or a list. `{{{x}}}` and `{{&x}}` bypass it to insert Markdown.
#pragma once

#include <string>
#include <string_view>

namespace coopkit::templates {

/// Backslash-escapes Markdown's inline specials everywhere and block markers
/// (-, +, =, :, "1." / "1)") at the start of each line of `text`.
std::string EscapeMarkdown(std::string_view text);

}  // namespace coopkit::templates

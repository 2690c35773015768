// Finds the tags of a mustache template the way kainjow's parser does, with
// their byte ranges, so that coopkit can check what kainjow passes over in
// silence (missing partials, unknown variable names) and point at the tag.
// Set-delimiter tags are followed. Expects a template kainjow accepts: on an
// unclosed tag, scanning stops there.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace coopkit::templates {

enum class TagKind {
  kVariable,      // {{x}}
  kUnescaped,     // {{{x}}} or {{&x}}
  kSection,       // {{#x}}
  kInverted,      // {{^x}}
  kClose,         // {{/x}}
  kPartial,       // {{> x}}
  kComment,       // {{! x}}
  kSetDelimiter,  // {{=<% %>=}}
};

struct MustacheTag {
  TagKind kind = TagKind::kVariable;
  std::string name;  // trimmed, without the sigil
  size_t begin = 0;  // offset of the opening delimiter
  size_t end = 0;    // offset just past the closing delimiter
};

std::vector<MustacheTag> ScanMustacheTags(std::string_view text);

}  // namespace coopkit::templates

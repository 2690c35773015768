// Finds where each line of a YAML scalar's text was written, so that a
// mistake found in the text once a template has inserted it can be reported
// at its line and column in the YAML file, whatever the scalar's style:
// plain, 'single' or "double" quoted, literal (|) or folded (>).
#pragma once

#include <string_view>
#include <vector>

namespace coopkit::content {

/// The byte offset in `source` at which each line of `value` starts, for
/// the scalar node yaml-cpp read as `value` and marked at byte `node_offset`
/// (its anchor, its tag, its quote, its | or > or its first character). A
/// line of a double-quoted scalar that starts after a `\n` escape starts
/// right after the escape. Fewer offsets than lines (none for an alias) when
/// the source does not read as `value`: the rest are not known.
std::vector<size_t> ScalarLineOffsets(std::string_view source, size_t node_offset,
                                      std::string_view value);

}  // namespace coopkit::content

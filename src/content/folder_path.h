// Paths written by users (content files, `!markdown` references, images,
// templates) are relative to a project folder and must stay inside it, also
// once symbolic links are followed: one function decides it for all of them.
#pragma once

#include <optional>
#include <string>

namespace coopkit::content {

/// `folder`/`relative`, normalised, when `relative` is a non-empty relative
/// path that does not climb out with ".." and, symbolic links followed (in any folder on
/// the way, or the file itself), still names a place inside `folder`; else
/// nullopt with `problem` set to a phrase that starts with 'relative'. The
/// file need not exist.
std::optional<std::string> PathInsideFolder(const std::string& folder, const std::string& relative,
                                            std::string* problem);

}  // namespace coopkit::content

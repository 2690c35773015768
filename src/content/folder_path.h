// Paths written by users (content files, `!markdown` references, templates)
// are relative to a project folder and must stay inside it.
#pragma once

#include <optional>
#include <string>

namespace coopkit::content {

/// `folder`/`relative` when `relative` is a non-empty relative path that does
/// not climb out with "..", else nullopt with `problem` set.
std::optional<std::string> PathInsideFolder(const std::string& folder, const std::string& relative,
                                            std::string* problem);

}  // namespace coopkit::content

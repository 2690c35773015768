#include "content/yaml_loader.h"

#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <cctype>
#include <filesystem>

#include "base/file_io.h"
#include "base/line_break.h"
#include "base/spelling_hint.h"
#include "base/utf8.h"
#include "content/csv_table.h"
#include "content/folder_path.h"
#include "content/scalar_lines.h"
#include "content/text_position.h"
#include "content/yaml_syntax_advice.h"

namespace coopkit::content {
namespace {

constexpr std::string_view kMarkdownTag = "!markdown";
constexpr char kAliasHint[] =
    "write the values out instead of repeating them through aliases (*name)";

bool IsPlainTag(const std::string& tag) {
  return tag.empty() || tag == "?" || tag == "!" || tag.starts_with("tag:yaml.org,2002:");
}

// A limit as users read it: "8 MB", "2 kB" or "100 bytes", exact.
std::string LimitText(size_t bytes) {
  if (bytes % (1 << 20) == 0) return std::to_string(bytes >> 20) + " MB";
  if (bytes % (1 << 10) == 0) return std::to_string(bytes >> 10) + " kB";
  return std::to_string(bytes) + " bytes";
}

std::string NestingMessage(int max_depth) {
  return "lists and maps nested more than " + std::to_string(max_depth) + " levels deep";
}

// The text of a user's YAML or Markdown file at `path`, unless it is missing,
// unreadable or larger than `max_bytes`; these are reported at `named_at`.
std::optional<std::string> ReadUserFile(const std::string& path, const SourceLocation& named_at,
                                        size_t max_bytes, DiagnosticList* diagnostics) {
  std::error_code ec;
  uintmax_t size = std::filesystem::file_size(path, ec);
  if (!ec && size > max_bytes) {
    diagnostics->Error(named_at, "cannot read " + path + ": it holds " + std::to_string(size) +
                                     " bytes; a content file may hold at most " +
                                     LimitText(max_bytes));
    return std::nullopt;
  }
  std::string problem;
  std::optional<std::string> text = ReadFile(path, &problem);
  if (!text)
    diagnostics->Error(named_at, "cannot read " + path + ": " + problem);
  else
    RemoveByteOrderMark(&*text);
  if (text) MakeLoneCarriageReturnsLineFeeds(&*text);
  return text;
}

// False, after an error at its place, when `text` is not UTF-8 text.
bool CheckText(const std::string& file, std::string_view text, DiagnosticList* diagnostics) {
  std::optional<TextFault> fault = FindTextFault(text);
  if (fault)
    diagnostics->Error(LocationOfOffset(file, text, fault->offset), fault->message, fault->hint);
  return !fault;
}

// Converts one parsed file; keeps going after errors so that one run reports
// all of them, except past a limit, after which it converts nothing more.
class Converter {
 public:
  Converter(const std::string& content_dir, const std::string& file, std::string_view text,
            const YamlLimits& limits, DiagnosticList* diagnostics)
      : content_dir_(content_dir),
        file_(file),
        text_(text),
        lines_(text),
        limits_(limits),
        diagnostics_(diagnostics) {}

  ContentValue Convert(const YAML::Node& node, const SourceLocation& fallback, int depth = 0) {
    SourceLocation where = LocationOf(node, fallback);
    NoteText(node);
    if (!WithinLimits(node, where, depth)) return ContentValue::Null(where);
    const std::string& tag = node.Tag();
    if (tag == kMarkdownTag) return ReadMarkdown(node, where);
    if (!IsPlainTag(tag)) {
      diagnostics_->Error(where, "unknown tag '" + tag + "'",
                          DidYouMean(tag, {std::string(kMarkdownTag)}));
    }
    switch (node.Type()) {
      case YAML::NodeType::Scalar: {
        CheckValueText(node.Scalar(), where);
        ContentValue v = ContentValue::Scalar(node.Scalar(), where);
        v.plain = tag == "?";
        AddLineStarts(node, &v);
        return v;
      }
      case YAML::NodeType::Sequence: {
        ContentValue list = ContentValue::List(where);
        for (const YAML::Node& item : node) list.items.push_back(Convert(item, where, depth + 1));
        return list;
      }
      case YAML::NodeType::Map:
        return ConvertMap(node, where, depth);
      default:
        return ContentValue::Null(where);
    }
  }

  /// The byte offset of the text, key or value, that starts last in the file.
  size_t last_text() const { return last_text_.value_or(std::string_view::npos); }

 private:
  void NoteText(const YAML::Node& node) {
    if (node.IsScalar() && node.Mark().pos >= 0)
      last_text_ = std::max(last_text_.value_or(0), static_cast<size_t>(node.Mark().pos));
  }

  // The file's text is checked whole (CheckText), but escapes in quoted
  // strings make control characters ("\0", "\x1b", "\x85"), and yaml-cpp
  // writes "\N" as a lone byte that is not UTF-8.
  void CheckValueText(std::string_view text, const SourceLocation& where) {
    const size_t control = FindNonTextCharacter(text), malformed = FindInvalidUtf8(text);
    if (control == std::string_view::npos && malformed == std::string_view::npos) return;
    diagnostics_->Error(
        where,
        (malformed < control ? std::string("invalid UTF-8") : NonTextCharacterAt(text, control)) +
            " in the value",
        "remove the escape that makes it (such as \\0, \\a, \\x1b, \\x85 or "
        "\\N): no font can print it");
  }

  // Where each line of the text starts, for the messages of later stages;
  // where the scalar starts when it is not known.
  void AddLineStarts(const YAML::Node& node, ContentValue* value) const {
    if (node.Mark().pos >= 0) {
      for (size_t offset : ScalarLineOffsets(text_, node.Mark().pos, value->scalar)) {
        SourceLocation at = lines_.LocateOffset(file_, offset);
        value->line_starts.push_back({at.line, at.column});
      }
    }
    if (value->line_starts.empty() && !value->scalar.empty() && value->location.line > 0)
      value->line_starts.push_back({value->location.line, value->location.column});
  }

  // Counts `node` against the file's limits. An alias is converted each time
  // it is used, so a cycle (`&a [*a]`) meets the depth limit and aliases of
  // aliases meet the value or byte limit.
  bool WithinLimits(const YAML::Node& node, const SourceLocation& where, int depth) {
    if (over_limit_) return false;
    size_t scalar_bytes = node.IsScalar() ? node.Scalar().size() : 0;
    if (depth > limits_.max_depth)
      return Refuse(where, NestingMessage(limits_.max_depth),
                    "an alias inside the value it names repeats forever");
    if (scalar_bytes > limits_.max_scalar_bytes)
      return Refuse(where,
                    "a text of " + std::to_string(scalar_bytes) +
                        " bytes; a value may hold at most " + LimitText(limits_.max_scalar_bytes),
                    "put long texts in a Markdown file and include it with !markdown");
    if (++values_ > limits_.max_values)
      return Refuse(where,
                    "the file expands to more than " + std::to_string(limits_.max_values) +
                        " values once its aliases are replaced",
                    kAliasHint);
    return AddExpandedBytes(scalar_bytes, where);
  }

  bool AddExpandedBytes(size_t bytes, const SourceLocation& where) {
    expanded_bytes_ += bytes;
    if (expanded_bytes_ <= limits_.max_expanded_bytes) return true;
    return Refuse(where,
                  "the file expands to more than " + LimitText(limits_.max_expanded_bytes) +
                      " of text once its aliases are replaced",
                  kAliasHint);
  }

  // Reports a limit crossed at `where`; nothing more is converted.
  bool Refuse(const SourceLocation& where, const std::string& problem, const char* hint) {
    over_limit_ = true;
    diagnostics_->Error(where, problem, hint);
    return false;
  }

  ContentValue ConvertMap(const YAML::Node& node, const SourceLocation& where, int depth) {
    ContentValue map = ContentValue::Map(where);
    for (auto it = node.begin(); it != node.end(); ++it) {
      SourceLocation key_where = LocationOf(it->first, where);
      if (!it->first.IsScalar()) {
        diagnostics_->Error(key_where, "a key must be plain text");
        continue;
      }
      NoteText(it->first);
      const std::string& key = it->first.Scalar();
      CheckValueText(key, key_where);
      if (const MapEntry* first = map.FindEntry(key)) {
        diagnostics_->Error(key_where, "duplicate key '" + key + "'",
                            "first defined at line " + std::to_string(first->key_location.line));
        continue;
      }
      // yaml-cpp marks an empty value at the next token; the key is a better place.
      ContentValue value = it->second.IsNull() && IsPlainTag(it->second.Tag())
                               ? ContentValue::Null(key_where)
                               : Convert(it->second, key_where, depth + 1);
      map.entries.push_back({key, key_where, std::move(value)});
    }
    return map;
  }

  ContentValue ReadMarkdown(const YAML::Node& node, const SourceLocation& where) {
    ContentValue value = ContentValue::Scalar("", where);
    if (!node.IsScalar()) {
      diagnostics_->Error(where, "!markdown expects a file name, e.g. !markdown guide/intro.md");
      return value;
    }
    std::string problem;
    std::optional<std::string> path = PathInsideFolder(content_dir_, node.Scalar(), &problem);
    if (!path) {
      diagnostics_->Error(where, "cannot include Markdown: " + problem);
      return value;
    }
    std::optional<std::string> text =
        ReadUserFile(*path, where, limits_.max_file_bytes, diagnostics_);
    if (!text || !CheckText(*path, *text, diagnostics_) || !AddExpandedBytes(text->size(), where))
      return value;
    value.scalar = std::move(*text);
    value.markdown_file = *path;
    return value;
  }

  SourceLocation LocationOf(const YAML::Node& node, const SourceLocation& fallback) const {
    const YAML::Mark mark = node.Mark();
    if (mark.is_null() || mark.line < 0) return fallback;
    return lines_.Locate(file_, mark.line, mark.column);
  }

  const std::string& content_dir_;
  const std::string& file_;
  std::string_view text_;
  LineStarts lines_;
  const YamlLimits& limits_;
  DiagnosticList* diagnostics_;
  size_t values_ = 0;
  size_t expanded_bytes_ = 0;
  bool over_limit_ = false;
  std::optional<size_t> last_text_;
};

}  // namespace

YamlLoader::YamlLoader(std::string content_dir, DiagnosticList* diagnostics, YamlLimits limits)
    : content_dir_(std::move(content_dir)), diagnostics_(diagnostics), limits_(limits) {}

std::optional<ContentValue> YamlLoader::Load(const std::string& relative_path) {
  std::string problem;
  std::optional<std::string> path = PathInsideFolder(content_dir_, relative_path, &problem);
  if (!path) {
    diagnostics_->Error({(std::filesystem::path(content_dir_) / relative_path).string()}, problem);
    return std::nullopt;
  }
  std::optional<std::string> text =
      ReadUserFile(*path, {*path}, limits_.max_file_bytes, diagnostics_);
  if (!text) return std::nullopt;
  if (relative_path.ends_with(".csv")) return ParseTable(*text, *path);
  return Parse(*text, *path);
}

std::optional<ContentValue> YamlLoader::ParseTable(std::string_view text, const std::string& file) {
  // Its records go under the file's name, which templates must be able to write.
  const std::string key = std::filesystem::path(file).stem().string();
  const bool usable = !key.empty() && std::all_of(key.begin(), key.end(), [](char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '-';
  });
  if (!usable) {
    diagnostics_->Error({file, 1, 1},
                        "a table's records are named after its file, and '" + key +
                            "' cannot be written in a template",
                        "name the file with letters, digits, '-' and '_', e.g. participants.csv");
    return std::nullopt;
  }
  if (!CheckText(file, text, diagnostics_)) return std::nullopt;
  return ParseCsvTable(text, file, key, diagnostics_);
}

std::optional<ContentValue> YamlLoader::Parse(std::string_view written, const std::string& file) {
  // yaml-cpp reads a lone CR as no line break.
  std::string text(written);
  MakeLoneCarriageReturnsLineFeeds(&text);
  if (!CheckText(file, text, diagnostics_)) return std::nullopt;
  YAML::Node root;
  try {
    root = YAML::Load(text);
  } catch (const YAML::DeepRecursion& e) {
    // yaml-cpp's parser recurses and stops itself at a depth of its own.
    diagnostics_->Error(LocationOfLineByte(file, text, e.mark.line, e.mark.column),
                        NestingMessage(limits_.max_depth));
    return std::nullopt;
  } catch (const YAML::Exception& e) {
    std::optional<YamlSyntaxAdvice> advice =
        AdviseOnYamlError(text, e.msg, OffsetOfLine(text, e.mark.line + 1) + e.mark.column);
    if (advice)
      diagnostics_->Error(LocationOfOffset(file, text, advice->offset), advice->message,
                          advice->hint);
    else
      diagnostics_->Error(LocationOfLineByte(file, text, e.mark.line, e.mark.column), e.msg);
    return std::nullopt;
  }
  size_t errors_before = diagnostics_->ErrorCount();
  Converter converter(content_dir_, file, text, limits_, diagnostics_);
  ContentValue value = converter.Convert(root, {file, 1, 1});
  // A quote left open takes the rest of the file; yaml-cpp says nothing.
  if (std::optional<YamlSyntaxAdvice> quote = AdviseOnUnclosedQuote(text, converter.last_text()))
    diagnostics_->Error(LocationOfOffset(file, text, quote->offset), quote->message, quote->hint);
  if (diagnostics_->ErrorCount() > errors_before) return std::nullopt;
  return value;
}

}  // namespace coopkit::content

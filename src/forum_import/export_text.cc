#include "forum_import/export_text.h"

#include <unicode/ucnv.h>

#include <algorithm>

#include "base/utf8.h"
#include "content/text_position.h"

namespace coopkit::forum_import {
namespace {

// Each export is a few kilobytes; past this, it is no export.
constexpr size_t kMaxExportBytes = 16u << 20;

// "\r\n" and a lone "\r" (old Mac exports) become "\n".
std::string WithLineFeeds(const std::string& bytes) {
  std::string text;
  text.reserve(bytes.size());
  for (size_t i = 0; i < bytes.size(); ++i) {
    if (bytes[i] != '\r') {
      text += bytes[i];
    } else {
      text += '\n';
      if (i + 1 < bytes.size() && bytes[i + 1] == '\n') ++i;
    }
  }
  return text;
}

// `text` read as Windows-1252, as UTF-8; nullopt when it holds a byte that
// Windows-1252 leaves undefined (then it is no Latin-1 text either).
std::optional<std::string> FromWindows1252(const std::string& text) {
  UErrorCode status = U_ZERO_ERROR;
  UConverter* converter = ucnv_open("windows-1252", &status);
  if (U_FAILURE(status)) return std::nullopt;
  ucnv_setToUCallBack(converter, UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
  std::u16string utf16(text.size() + 1, u'\0');
  int32_t length = ucnv_toUChars(converter, utf16.data(), static_cast<int32_t>(utf16.size()),
                                 text.data(), static_cast<int32_t>(text.size()), &status);
  ucnv_close(converter);
  if (U_FAILURE(status)) return std::nullopt;
  std::string utf8;
  utf8.reserve(text.size() + text.size() / 4);
  for (int32_t i = 0; i < length; ++i) {
    char32_t unit = utf16[i];
    // Windows-1252 decodes to the basic plane only: no surrogate pairs.
    AppendUtf8(&utf8, unit);
  }
  return utf8;
}

}  // namespace

std::optional<std::string> DecodeExportText(const std::string& bytes, const std::string& file,
                                            DiagnosticList* diagnostics) {
  if (bytes.size() > kMaxExportBytes) {
    diagnostics->Error({file, 1, 1},
                       "this file holds " + std::to_string(bytes.size() >> 20) +
                           " MB: an export may hold at most 16 MB",
                       "is it an export of the forum's site? Each is a few kilobytes");
    return std::nullopt;
  }
  // Spreadsheets' « Unicode text » is UTF-16: every other byte of French
  // text is NUL.
  if (bytes.starts_with("\xFF\xFE") || bytes.starts_with("\xFE\xFF") ||
      (bytes.size() >= 2 && (bytes[0] == '\0' || bytes[1] == '\0'))) {
    diagnostics->Error({file, 1, 1}, "this file is UTF-16 text, not UTF-8",
                       "save it again as « Texte (UTF-8) », or convert it: iconv -f UTF-16 -t "
                       "UTF-8");
    return std::nullopt;
  }
  std::string text = WithLineFeeds(bytes);
  RemoveByteOrderMark(&text);
  if (size_t invalid = content::FindInvalidUtf8(text); invalid != std::string::npos) {
    SourceLocation where = content::LocationOfOffset(file, text, invalid);
    // Accents already written in UTF-8 before it: read as Latin-1, they
    // would all be scrambled.
    if (std::any_of(text.begin(), text.begin() + invalid,
                    [](char c) { return static_cast<unsigned char>(c) >= 0x80; })) {
      diagnostics->Error(where,
                         "this file mixes UTF-8 with another encoding: this character is "
                         "not UTF-8",
                         "retype it, or save the export again as UTF-8");
      return std::nullopt;
    }
    std::optional<std::string> converted = FromWindows1252(text);
    if (!converted) {
      diagnostics->Error(where, "this file is neither UTF-8 nor Latin-1 text",
                         "save the export again as UTF-8 text (« Texte Unicode (UTF-8) »)");
      return std::nullopt;
    }
    diagnostics->Warning(where, "this file is not UTF-8: it was read as Latin-1 (Windows-1252)",
                         "check its accents in what import wrote; save exports as UTF-8");
    text = std::move(*converted);
  }
  if (size_t control = content::FindNonTextCharacter(text); control != std::string::npos) {
    diagnostics->Error(content::LocationOfOffset(file, text, control),
                       content::NonTextCharacterAt(text, control), content::kControlCharacterHint);
    return std::nullopt;
  }
  return text;
}

}  // namespace coopkit::forum_import

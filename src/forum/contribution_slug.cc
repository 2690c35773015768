#include "forum/contribution_slug.h"

#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <memory>

namespace coopkit::forum {
namespace {

constexpr size_t kMaxSlugBytes = 80;  // a folder name any file system keeps

// Latin-ASCII after Any-Latin: « Œuvre » → « OEuvre », Cyrillic → Latin.
std::string AsciiOf(std::string_view name) {
  UErrorCode status = U_ZERO_ERROR;
  thread_local std::unique_ptr<icu::Transliterator> to_ascii(
      icu::Transliterator::createInstance("Any-Latin; Latin-ASCII", UTRANS_FORWARD, status));
  icu::UnicodeString text = icu::UnicodeString::fromUTF8(
      icu::StringPiece(name.data(), static_cast<int32_t>(name.size())));
  if (to_ascii) to_ascii->transliterate(text);
  std::string ascii;
  text.toUTF8String(ascii);
  return ascii;
}

}  // namespace

std::string ContributionSlug(std::string_view name) {
  std::string slug;
  bool hyphen_pending = false;
  for (char c : AsciiOf(name)) {
    const bool letter = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    const bool capital = c >= 'A' && c <= 'Z';
    if (!letter && !capital) {
      hyphen_pending = !slug.empty();
      continue;
    }
    if (hyphen_pending) slug += '-';
    hyphen_pending = false;
    slug += capital ? static_cast<char>(c - 'A' + 'a') : c;
  }
  if (slug.size() > kMaxSlugBytes) slug.resize(kMaxSlugBytes);
  while (!slug.empty() && slug.back() == '-') slug.pop_back();
  return slug;
}

}  // namespace coopkit::forum

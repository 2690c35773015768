#include "base/text_collator.h"

#include <unicode/coll.h>
#include <unicode/locid.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <cassert>
#include <numeric>

namespace coopkit {

struct TextCollator::Icu {
  std::unique_ptr<icu::Collator> collator;
};

TextCollator::TextCollator() : icu_(std::make_unique<Icu>()) {
  UErrorCode status = U_ZERO_ERROR;
  icu_->collator.reset(icu::Collator::createInstance(icu::Locale::getFrance(), status));
  assert(U_SUCCESS(status) && icu_->collator && "ICU's collation data is installed with libicu");
  icu_->collator->setStrength(icu::Collator::TERTIARY);
}

TextCollator::~TextCollator() = default;

std::string TextCollator::SortKey(std::string_view text) const {
  icu::UnicodeString unicode = icu::UnicodeString::fromUTF8(
      icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
  std::string key(2 * text.size() + 16, '\0');
  for (;;) {
    int32_t needed = icu_->collator->getSortKey(unicode, reinterpret_cast<uint8_t*>(key.data()),
                                                static_cast<int32_t>(key.size()));
    if (needed <= static_cast<int32_t>(key.size())) {
      key.resize(needed > 0 ? needed - 1 : 0);  // without the terminating zero byte
      return key;
    }
    key.resize(needed);
  }
}

bool TextCollator::Less(std::string_view a, std::string_view b) const {
  UErrorCode status = U_ZERO_ERROR;
  UCollationResult order = icu_->collator->compareUTF8(
      icu::StringPiece(a.data(), static_cast<int32_t>(a.size())),
      icu::StringPiece(b.data(), static_cast<int32_t>(b.size())), status);
  assert(U_SUCCESS(status));
  return order == UCOL_LESS;
}

std::vector<size_t> TextCollator::Order(const std::vector<std::string>& texts) const {
  std::vector<std::string> keys;
  keys.reserve(texts.size());
  for (const std::string& text : texts) keys.push_back(SortKey(text));
  std::vector<size_t> order(texts.size());
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(),
                   [&](size_t a, size_t b) { return keys[a] < keys[b]; });
  return order;
}

}  // namespace coopkit

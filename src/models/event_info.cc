#include "models/event_info.h"

#include <algorithm>

namespace coopkit::models {

void CheckEventRules(const content::ContentValue& event, DiagnosticList* diagnostics) {
  const content::ContentValue* postcode = event.Find("postcode");
  // Absent, empty or not a text: the schema's to report.
  if (!postcode || !postcode->IsScalar() || postcode->scalar.empty()) return;
  const std::string& code = postcode->scalar;
  if (code.size() != 5 ||
      !std::all_of(code.begin(), code.end(), [](char c) { return c >= '0' && c <= '9'; })) {
    diagnostics->Error(postcode->location, "postcode '" + code + "' is not five digits",
                       "write the five digits of a French postcode, e.g. \"86000\"");
  }
}

namespace {

// The scalars of `values` (or each item's `key`, when given), joined by commas.
std::string JoinedTexts(const content::ContentValue& values, std::string_view key = {}) {
  std::string joined;
  for (const content::ContentValue& item : values.items) {
    const content::ContentValue* text = key.empty() ? &item : item.Find(key);
    if (!text || !text->IsScalar() || text->scalar.empty()) continue;
    joined += (joined.empty() ? "" : ", ") + text->scalar;
  }
  return joined;
}

}  // namespace

void AddEventViews(content::ContentValue* event) {
  if (!event->IsMap()) return;
  if (const content::ContentValue* partners = event->Find("partners")) {
    if (std::string names = JoinedTexts(*partners, "name"); !names.empty())
      event->Set("partner_names", content::ContentValue::Scalar(names, partners->location));
  }
  content::ContentValue* themes = event->Find("themes");
  if (!themes) return;
  std::string every_theme;
  for (content::ContentValue& group : themes->items) {
    const content::ContentValue* items = group.IsMap() ? group.Find("items") : nullptr;
    std::string text = items ? JoinedTexts(*items) : group.IsScalar() ? group.scalar : "";
    if (text.empty()) continue;
    every_theme += (every_theme.empty() ? "" : ", ") + text;
    if (items) group.Set("items_text", content::ContentValue::Scalar(text, items->location));
  }
  if (!every_theme.empty())
    event->Set("theme_names", content::ContentValue::Scalar(every_theme, themes->location));
}

}  // namespace coopkit::models

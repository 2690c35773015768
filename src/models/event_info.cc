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

}  // namespace coopkit::models

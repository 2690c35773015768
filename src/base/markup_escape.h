// Text made safe inside XML and HTML, in element content and in attribute
// values quoted with either quote: & < > " ' written as entities (XML's
// five, which HTML5 knows too).
#pragma once

#include <string>
#include <string_view>

namespace coopkit {

/// `text` with & < > " and ' as &amp; &lt; &gt; &quot; &apos;.
std::string EscapedMarkup(std::string_view text);

}  // namespace coopkit

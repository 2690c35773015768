#include "templates/mustache_data.h"

namespace coopkit::templates {

using kainjow::mustache::data;

data ToMustacheData(const content::ContentValue& value) {
  switch (value.kind) {
    case content::ValueKind::kNull:
      return data(false);
    case content::ValueKind::kScalar:
      if (std::optional<bool> flag = value.Boolean()) return data(*flag);
      return data(value.scalar);
    case content::ValueKind::kList: {
      data list(data::type::list);
      for (const content::ContentValue& item : value.items) list.push_back(ToMustacheData(item));
      return list;
    }
    case content::ValueKind::kMap: {
      data object(data::type::object);
      for (const content::MapEntry& entry : value.entries)
        object.set(entry.key, ToMustacheData(entry.value));
      return object;
    }
  }
  return data(false);
}

}  // namespace coopkit::templates

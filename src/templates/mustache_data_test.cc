#include "templates/mustache_data.h"

#include <gtest/gtest.h>

namespace coopkit::templates {
namespace {

using content::ContentValue;

TEST(MustacheDataTest, ConvertsEachKind) {
  ContentValue map = ContentValue::Map();
  map.Set("title", ContentValue::Scalar("Guide"));
  ContentValue yes = ContentValue::Scalar("true");
  yes.plain = true;
  map.Set("flag", yes);
  map.Set("quoted", ContentValue::Scalar("true"));
  map.Set("empty", ContentValue::List());
  map.Set("nothing", ContentValue::Null());
  ContentValue list = ContentValue::List();
  list.items.push_back(ContentValue::Scalar("a"));
  map.Set("list", list);

  kainjow::mustache::data data = ToMustacheData(map);
  ASSERT_TRUE(data.is_object());
  EXPECT_EQ(data.get("title")->string_value(), "Guide");
  EXPECT_TRUE(data.get("flag")->is_true());
  EXPECT_TRUE(data.get("quoted")->is_string());
  EXPECT_TRUE(data.get("empty")->is_empty_list());
  EXPECT_TRUE(data.get("nothing")->is_false());
  EXPECT_EQ(data.get("list")->list_value().size(), 1u);
}

TEST(MustacheDataTest, SectionsFollowTruth) {
  ContentValue map = ContentValue::Map();
  ContentValue no = ContentValue::Scalar("false");
  no.plain = true;
  map.Set("flag", no);
  map.Set("empty", ContentValue::List());
  kainjow::mustache::mustache tmpl("{{#flag}}F{{/flag}}{{^flag}}f{{/flag}}{{#empty}}E{{/empty}}");
  EXPECT_EQ(tmpl.render(ToMustacheData(map)), "f");
}

TEST(MustacheDataTest, NestedListsAndMapsKeepTheirOrderAndTexts) {
  ContentValue groups = ContentValue::List();
  for (const char* label : {"Réseaux", "Guides"}) {
    ContentValue group = ContentValue::Map();
    group.Set("label", ContentValue::Scalar(label));
    ContentValue entries = ContentValue::List();
    for (int i = 1; i <= 3; ++i) {
      ContentValue entry = ContentValue::Map();
      entry.Set("name", ContentValue::Scalar(std::string(label) + " " + std::to_string(i)));
      entries.items.push_back(std::move(entry));
    }
    group.Set("entries", std::move(entries));
    groups.items.push_back(std::move(group));
  }
  ContentValue root = ContentValue::Map();
  root.Set("groups", std::move(groups));
  kainjow::mustache::mustache tmpl(
      "{{#groups}}[{{label}}:{{#entries}} {{name}}{{/entries}}]{{/groups}}");
  EXPECT_EQ(tmpl.render(ToMustacheData(std::move(root))),
            "[Réseaux: Réseaux 1 Réseaux 2 Réseaux 3][Guides: Guides 1 Guides 2 Guides 3]");
}

}  // namespace
}  // namespace coopkit::templates

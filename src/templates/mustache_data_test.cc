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

}  // namespace
}  // namespace coopkit::templates

#include "content/content_schema.h"

#include <gtest/gtest.h>

#include "base/file_io.h"

namespace coopkit::content {
namespace {

const std::string kContentDir = std::string(COOPKIT_SOURCE_DIR) + "/content";

constexpr const char* kSchema = R"(guide:
  title: text
  subtitle: text?
  updated: date
  intro: markdown
  sections:
    - title: text
      body: markdown
  contact?:
    email: email
    site: url
  pages: number?
  draft: boolean?
  edition: "one of: print, web"
  tags?: [text]
)";

class ContentSchemaTest : public ::testing::Test {
 protected:
  // Validates `content` (named guide.yaml) against `schema`.
  void Validate(const std::string& content, const std::string& schema = kSchema) {
    std::optional<ContentSchema> read = Read(schema);
    ASSERT_TRUE(read) << Messages();
    std::optional<ContentValue> value = YamlLoader(".", &diagnostics_).Parse(content, "guide.yaml");
    ASSERT_TRUE(value) << Messages();
    read->Validate(*value, &diagnostics_);
  }
  std::optional<ContentSchema> Read(const std::string& schema) {
    std::optional<ContentValue> value =
        YamlLoader(".", &diagnostics_).Parse(schema, "schemas/guide.yaml");
    if (!value) return std::nullopt;
    return ContentSchema::Read(*value, &diagnostics_);
  }
  // The one diagnostic at `line`:`column`; fails the test unless there is one.
  Diagnostic At(int line, int column) const {
    std::vector<Diagnostic> found;
    for (const Diagnostic& d : diagnostics_.items()) {
      if (d.location.line == line && d.location.column == column) found.push_back(d);
    }
    EXPECT_EQ(found.size(), 1u) << "at " << line << ":" << column << "\n" << Messages();
    return found.empty() ? Diagnostic{} : found[0];
  }
  std::string Messages() const { return FormatDiagnostics(diagnostics_); }

  DiagnosticList diagnostics_;
};

TEST_F(ContentSchemaTest, AShapeChecksWhatItNamesAndNothingElse) {
  DiagnosticList problems;
  std::optional<ContentSchema> shape = ContentSchema::Parse(
      "sheet:\n  rows:\n    - {id: text, size: number}\nother: text\n", "shape", &problems);
  ASSERT_TRUE(shape) << FormatDiagnostics(problems);
  std::optional<ContentValue> content = YamlLoader(".", &diagnostics_)
                                            .Parse(
                                                "sheet:\n  note: free\n  rows:\n"
                                                "    - {id: a, size: 2, colour: red}\n"
                                                "    - {size: many}\n"
                                                "extra: 1\n",
                                                "a.yaml");
  ASSERT_TRUE(content);
  shape->ValidateShape(*content, &diagnostics_);
  // Unknown keys (note, colour, extra) and the absent top-level `other` pass;
  // what the shape names inside is checked.
  EXPECT_EQ(diagnostics_.ErrorCount(), 2u) << Messages();
  EXPECT_EQ(At(5, 7).message, "missing key 'id' in sheet.rows[]");
  EXPECT_NE(At(5, 14).message.find("sheet.rows[].size"), std::string::npos) << Messages();
}

TEST_F(ContentSchemaTest, AShapeSaysAKeyWithNoValueHasNone) {
  DiagnosticList problems;
  std::optional<ContentSchema> shape =
      ContentSchema::Parse("sheet:\n  rows: [text]\n", "shape", &problems);
  ASSERT_TRUE(shape);
  std::optional<ContentValue> content = YamlLoader(".", &diagnostics_).Parse("sheet:\n", "a.yaml");
  ASSERT_TRUE(content);
  shape->ValidateShape(*content, &diagnostics_);
  EXPECT_EQ(At(1, 1).message, "sheet has no value");
}

TEST_F(ContentSchemaTest, ValidContentWithoutOptionalKeysIsClean) {
  Validate(R"(guide:
  title: Guide
  subtitle:
  updated: 2026-11-26
  intro: Bonjour
  sections:
    - title: Un
      body: Texte
  tags:
  edition: print
)");
  EXPECT_TRUE(diagnostics_.empty()) << Messages();
}

TEST_F(ContentSchemaTest, EveryLeafTypeAcceptsAGoodValue) {
  Validate(R"(guide:
  title: Guide
  updated: 2026-11-26
  intro: Bonjour
  sections: []
  contact: {email: alice@example.org, site: "https://example.org:8080/a?b=c"}
  pages: -12.5
  draft: false
  edition: web
  tags: [un, deux]
)");
  EXPECT_TRUE(diagnostics_.empty()) << Messages();
}

TEST_F(ContentSchemaTest, UnknownKeyAtTheKeyWithHint) {
  Validate(R"(guide:
  title: Guide
  subtitel: Sous-titre
  updated: 2026-11-26
  intro: Bonjour
  sections: []
  edition: web
)");
  ASSERT_EQ(diagnostics_.ErrorCount(), 1u) << Messages();
  Diagnostic d = At(3, 3);
  EXPECT_EQ(d.location.file, "guide.yaml");
  EXPECT_EQ(d.message, "unknown key 'subtitel' in guide");
  EXPECT_EQ(d.hint, "did you mean 'subtitle'?");
}

TEST_F(ContentSchemaTest, UnknownKeyFarFromAllListsTheKnownKeys) {
  Validate("guide:\n  title: Guide\n  zzz: 1\n", "guide:\n  title: text\n  subtitle: text?\n");
  EXPECT_EQ(At(3, 3).hint, "known keys: title, subtitle");
}

TEST_F(ContentSchemaTest, MissingKeyAtTheMap) {
  Validate(R"(guide:
  updated: 2026-11-26
  intro: Bonjour
  sections: []
  edition: web
)");
  ASSERT_EQ(diagnostics_.ErrorCount(), 1u) << Messages();
  EXPECT_EQ(At(2, 3).message, "missing key 'title' in guide");
}

TEST_F(ContentSchemaTest, RequiredKeyWithoutValueAtTheKey) {
  Validate(R"(guide:
  title:
  updated: 2026-11-26
  intro: ""
  sections: []
  edition: web
)");
  ASSERT_EQ(diagnostics_.ErrorCount(), 2u) << Messages();
  EXPECT_EQ(At(2, 3).message, "guide.title has no value");
  EXPECT_EQ(At(4, 10).message, "guide.intro is empty");
}

TEST_F(ContentSchemaTest, EmptyFileMissesEveryRequiredKey) {
  std::optional<ContentSchema> schema = Read(kSchema);
  ASSERT_TRUE(schema);
  schema->Validate(ContentValue::Null({"guide.yaml", 1, 1}), &diagnostics_);
  ASSERT_EQ(diagnostics_.ErrorCount(), 1u) << Messages();
  EXPECT_EQ(At(1, 1).message, "missing key 'guide'");
}

TEST_F(ContentSchemaTest, WrongKindAtTheValue) {
  Validate(R"(guide:
  title: [Guide]
  updated: 2026-11-26
  intro: Bonjour
  sections: Un
  contact: x
  edition: web
)");
  ASSERT_EQ(diagnostics_.ErrorCount(), 3u) << Messages();
  EXPECT_EQ(At(2, 10).message, "guide.title should be a text, not a list");
  EXPECT_EQ(At(5, 13).message, "guide.sections should be a list, not a text");
  EXPECT_EQ(At(6, 12).message, "guide.contact should be a map, not a text");
}

TEST_F(ContentSchemaTest, BadValuesAllReportedAtTheirValue) {
  Validate(R"(guide:
  title: Guide
  updated: 2026-02-30
  intro: Bonjour
  sections: []
  contact:
    email: alice.example.org
    site: www.example.org
  pages: douze
  draft: "yes"
  edition: prnit
)");
  EXPECT_EQ(diagnostics_.ErrorCount(), 6u) << Messages();
  EXPECT_EQ(At(3, 12).message, "guide.updated: '2026-02-30' is not a valid date");
  EXPECT_EQ(At(7, 12).message, "guide.contact.email: 'alice.example.org' is not an e-mail address");
  EXPECT_EQ(At(8, 11).message, "guide.contact.site: 'www.example.org' is not a web address");
  EXPECT_EQ(At(9, 10).message, "guide.pages: 'douze' is not a number");
  EXPECT_EQ(At(10, 10).message, "guide.draft: 'yes' is not true or false");
  Diagnostic edition = At(11, 12);
  EXPECT_EQ(edition.message, "guide.edition: 'prnit' is not one of print, web");
  EXPECT_EQ(edition.hint, "did you mean 'print'?");
}

TEST_F(ContentSchemaTest, APlainHttpUrlServedOverHttpsIsAWarningAtTheValue) {
  Validate("site: http://www.legifrance.gouv.fr/\nother: http://www.crge.com\n",
           "site: url\nother: url\n");
  ASSERT_EQ(diagnostics_.items().size(), 1u) << Messages();
  EXPECT_EQ(FormatDiagnostic(diagnostics_.items()[0]),
            "guide.yaml:1:7: warning: site: 'http://www.legifrance.gouv.fr/' is not "
            "encrypted\n  hint: write https://www.legifrance.gouv.fr/: this site serves it "
            "encrypted");
}

TEST_F(ContentSchemaTest, AUrlHoldingAnInvisibleCharacterNamesIt) {
  Validate("site: https://\u200Bexample.org\n", "site: url\n");
  ASSERT_EQ(diagnostics_.ErrorCount(), 1u) << Messages();
  const Diagnostic& error = At(1, 7);
  EXPECT_EQ(error.message,
            "site: 'https://\u200Bexample.org' holds U+200B ZERO WIDTH SPACE, an invisible "
            "character, after 'https://'");
  EXPECT_NE(error.hint.find("retype the address"), std::string::npos) << error.hint;
}

TEST_F(ContentSchemaTest, UrlAndEmailSyntax) {
  const std::string schema = "links:\n  - url\nmails:\n  - email\n";
  Validate(R"(links:
  - http://example.org
  - https://exemple.fr/coopérer
  - ftp://example.org
  - https://exa mple.org
  - https://
  - https://example.org:port/
mails:
  - a.b@exemple.fr
  - a@b@c.fr
  - a@localhost
  - "@example.org"
)",
           schema);
  EXPECT_EQ(diagnostics_.ErrorCount(), 7u) << Messages();
  for (int line : {4, 6, 7})
    EXPECT_NE(At(line, 5).message.find("not a web address"), std::string::npos);
  EXPECT_NE(At(5, 5).message.find("holds U+0020 SPACE after 'https://exa'"), std::string::npos);
  for (int line : {10, 11, 12})
    EXPECT_NE(At(line, 5).message.find("not an e-mail"), std::string::npos);
}

TEST_F(ContentSchemaTest, EachItemOfAListOfMapsIsChecked) {
  Validate(R"(guide:
  title: Guide
  updated: 2026-11-26
  intro: Bonjour
  sections:
    - title: Un
      body: Texte
    - titel: Deux
      body: Texte
    - Trois
  edition: web
  tags: [un, {deux: 2}]
)");
  ASSERT_EQ(diagnostics_.ErrorCount(), 4u) << Messages();
  std::string all = Messages();
  EXPECT_NE(all.find("guide.yaml:8:7: error: unknown key 'titel' in guide.sections[]\n"
                     "  hint: did you mean 'title'?"),
            std::string::npos)
      << all;
  EXPECT_NE(all.find("guide.yaml:8:7: error: missing key 'title' in guide.sections[]"),
            std::string::npos)
      << all;
  EXPECT_EQ(At(10, 7).message, "guide.sections[] should be a map, not a text");
  EXPECT_EQ(At(12, 14).message, "guide.tags[] should be a text, not a map");
}

TEST_F(ContentSchemaTest, ListItemsMatchTheShapeOfTheirKind) {
  Validate(R"(themes:
  - énergie
  - group: Autres
    items: [mobilité]
  - [x]
  - group: G
    items: x
)",
           "themes:\n  - text\n  - group: text\n    items: [text]\n");
  ASSERT_EQ(diagnostics_.ErrorCount(), 2u) << Messages();
  EXPECT_EQ(At(5, 5).message, "themes[] should be a text or a map, not a list");
  EXPECT_EQ(At(7, 12).message, "themes[].items should be a list, not a text");
}

TEST_F(ContentSchemaTest, AnyTakesEverything) {
  Validate("notes: [a, {b: [c]}, [d]]\nextra:\n", "notes: any\nextra: any?\n");
  EXPECT_TRUE(diagnostics_.empty()) << Messages();
}

TEST_F(ContentSchemaTest, MalformedSchemaReportedAtItsLines) {
  EXPECT_FALSE(Read(R"(guide:
  title: txet
  subtitle:
  sections: []
  tags: ["text?"]
  parts: [text, date]
  kind: "one of: a,,b"
  title?: text
  mixed: [any, text]
)"));
  EXPECT_EQ(diagnostics_.ErrorCount(), 8u) << Messages();
  for (const Diagnostic& d : diagnostics_.items()) EXPECT_EQ(d.location.file, "schemas/guide.yaml");
  Diagnostic type = At(2, 10);
  EXPECT_EQ(type.message, "unknown type 'txet' in schema");
  EXPECT_EQ(type.hint, "did you mean 'text'?");
  EXPECT_EQ(At(3, 3).message, "the schema gives no type here");
  EXPECT_NE(At(4, 13).message.find("empty list"), std::string::npos);
  EXPECT_EQ(At(5, 10).message, "a list item cannot be optional");
  EXPECT_NE(At(6, 17).message.find("must differ in kind"), std::string::npos);
  EXPECT_EQ(At(7, 9).message, "empty choice in 'one of'");
  EXPECT_EQ(At(8, 3).message, "key 'title' is described twice");
  EXPECT_EQ(At(9, 11).message, "'any' takes every item: it cannot share a list");
}

TEST_F(ContentSchemaTest, SchemaPathIsBesideTheContentInSchemas) {
  EXPECT_EQ(SchemaPathFor("guide.yaml"), "schemas/guide.yaml");
  EXPECT_EQ(SchemaPathFor("participants.csv"), "schemas/participants.yaml");
}

// The shipped content files against the shipped schemas.
class ShippedSchemaTest : public ::testing::Test {
 protected:
  std::optional<ContentSchema> LoadSchema(const std::string& content_file) {
    YamlLoader loader(kContentDir, &diagnostics_);
    return ContentSchema::Load(&loader, SchemaPathFor(content_file), &diagnostics_);
  }
  DiagnosticList diagnostics_;
};

class ShippedContentTest : public ShippedSchemaTest,
                           public ::testing::WithParamInterface<const char*> {};

TEST_P(ShippedContentTest, ValidatesCleanly) {
  std::optional<ContentSchema> schema = LoadSchema(GetParam());
  ASSERT_TRUE(schema);
  std::optional<ContentValue> content = YamlLoader(kContentDir, &diagnostics_).Load(GetParam());
  ASSERT_TRUE(content);
  schema->Validate(*content, &diagnostics_);
  const std::string all = FormatDiagnostics(diagnostics_);
  EXPECT_TRUE(diagnostics_.empty()) << all;
}

INSTANTIATE_TEST_SUITE_P(Content, ShippedContentTest,
                         ::testing::Values("guide.yaml", "event.yaml"));

TEST_F(ShippedSchemaTest, MisspeltKeyInShippedGuideIsReported) {
  std::optional<ContentSchema> schema = LoadSchema("guide.yaml");
  ASSERT_TRUE(schema);
  std::string problem;
  std::optional<std::string> text = ReadFile(kContentDir + "/guide.yaml", &problem);
  ASSERT_TRUE(text) << problem;
  size_t at = text->find("  subtitle:");
  ASSERT_NE(at, std::string::npos);
  text->replace(at, 11, "  subtitel:");
  std::optional<ContentValue> content =
      YamlLoader(kContentDir, &diagnostics_).Parse(*text, "guide.yaml");
  ASSERT_TRUE(content);
  schema->Validate(*content, &diagnostics_);
  ASSERT_EQ(diagnostics_.ErrorCount(), 1u);
  EXPECT_EQ(diagnostics_.items()[0].hint, "did you mean 'subtitle'?");
}

// The event as its schema sees it: the structural checks event_info leaves out.
constexpr const char* kEvent = R"(event:
  title: Coopérer, un moyen technique ?
  date: 2026-11-26
  city: Lyon
  postcode: "69007"
  organisation:
    name: Groupement régional
    acronym: GR
    status: association loi 1901
  partners:
    - name: Ville de Lyon
      kind: collectivité
    - name: Coop A
      url: https://example.org
  themes:
    - énergie
    - group: Autres
      items: [mobilité, habitat]
  scale: [quartier, ville]
  state: en préparation
  format:
    kind: atelier
    duration: 3 h
    parts:
      - title: Accueil
        description: Café.
      - Mise en commun
  publication_consent: true
  other:
    - {section: Ambitions, label: Public visé, value: élus}
)";

class EventSchemaTest : public ShippedSchemaTest {
 protected:
  void Validate(std::string text) {
    std::optional<ContentSchema> schema = LoadSchema("event.yaml");
    ASSERT_TRUE(schema);
    std::optional<ContentValue> content =
        YamlLoader(kContentDir, &diagnostics_).Parse(text, "event.yaml");
    ASSERT_TRUE(content);
    schema->Validate(*content, &diagnostics_);
  }
  static std::string Replaced(const std::string& from, const std::string& to) {
    std::string text = kEvent;
    size_t at = text.find(from);
    EXPECT_NE(at, std::string::npos);
    return text.replace(at, from.size(), to);
  }
  std::string Messages() const { return FormatDiagnostics(diagnostics_); }
};

TEST_F(EventSchemaTest, AcceptsTextThemesAndThemeGroups) {
  Validate(kEvent);
  EXPECT_TRUE(diagnostics_.empty()) << Messages();
}

TEST_F(EventSchemaTest, InvalidDateReportedAtTheDate) {
  Validate(Replaced("2026-11-26", "2026-02-30"));
  ASSERT_EQ(diagnostics_.ErrorCount(), 1u) << Messages();
  EXPECT_EQ(diagnostics_.items()[0].location.line, 3);
  EXPECT_EQ(diagnostics_.items()[0].location.column, 9);
}

TEST_F(EventSchemaTest, ReportsNestedProblemsTogether) {
  std::string text = Replaced("    acronym: GR\n", "");
  text = text.replace(text.find("  format:"), 0, "  sclae: x\n");
  text = text.replace(text.find("      kind: collectivité"), 0, "      kinde: x\n");
  Validate(text);
  std::string all = Messages();
  EXPECT_EQ(diagnostics_.ErrorCount(), 3u) << all;
  EXPECT_NE(all.find("missing key 'acronym' in event.organisation"), std::string::npos) << all;
  EXPECT_NE(all.find("unknown key 'kinde' in event.partners[]"), std::string::npos) << all;
  EXPECT_NE(all.find("did you mean 'scale'?"), std::string::npos) << all;
}

}  // namespace
}  // namespace coopkit::content

#include "models/kit_models.h"

#include "models/evaluation_question.h"
#include "models/event_info.h"
#include "models/legal_forms_sheet.h"
#include "models/resource_directory.h"

namespace coopkit::models {
namespace {

using content::ContentValue;

class EventModel : public content::ContentModel {
 public:
  std::vector<std::string_view> keys() const override { return {"event"}; }
  void Check(ContentValue* content, DiagnosticList* diagnostics) const override {
    CheckEventRules(*content->Find("event"), diagnostics);
  }
  void Finish(ContentValue* content) const override { AddEventViews(content->Find("event")); }
};

class LegalFormsModel : public content::ContentModel {
 public:
  std::vector<std::string_view> keys() const override { return {"legal_forms"}; }
  std::vector<const content::ContentSchema*> shapes() const override {
    return {&LegalFormsShape()};
  }
  void Check(ContentValue* content, DiagnosticList* diagnostics) const override {
    CheckLegalFormsSheet(*content->Find("legal_forms"), diagnostics);
  }
  // The sheet is laid out for the paper of the document being built.
  void Finish(ContentValue* content) const override {
    const ContentValue* document = content->Find("document");
    const ContentValue* paper = document ? document->Find("paper") : nullptr;
    AddLegalFormsViews(content->Find("legal_forms"),
                       SheetLayoutFor(paper ? paper->scalar : std::string()));
  }
};

// The report's results are counted against the form's questions, so a
// report is checked with the evaluation it answers.
class EvaluationModel : public content::ContentModel {
 public:
  std::vector<std::string_view> keys() const override { return {"evaluation", "report"}; }
  void Check(ContentValue* content, DiagnosticList* diagnostics) const override {
    std::vector<EvaluationQuestion> questions;
    if (ContentValue* evaluation = content->Find("evaluation")) {
      questions = ReadEvaluationQuestions(*evaluation, diagnostics);
      AddQuestionViews(questions, evaluation);
    }
    ContentValue* report = content->Find("report");
    if (ContentValue* results = report ? report->Find("evaluation") : nullptr)
      JoinEvaluationResults(questions, results, diagnostics);
  }
};

class ResourceDirectoryModel : public content::ContentModel {
 public:
  std::vector<std::string_view> keys() const override { return {"resources"}; }
  void Check(ContentValue* content, DiagnosticList* diagnostics) const override {
    AddResourceDirectory(content, diagnostics);
  }
};

}  // namespace

const content::ContentModels& KitModels() {
  static const EventModel event;
  static const LegalFormsModel legal_forms;
  static const EvaluationModel evaluation;
  static const ResourceDirectoryModel resources;
  static const content::ContentModels models = {&event, &legal_forms, &evaluation, &resources};
  return models;
}

}  // namespace coopkit::models

// Copyright 2026 The precis Authors.
//
// The built-in engine: analyze -> plan -> realize (extractive).

#include "precis/engine.h"

#include "analyze/analysis.h"
#include "plan/plan.h"
#include "realize/extractive.h"
#include "text/language_id.h"

namespace precis {

Result<Brief> BriefDocument(const Document& doc, const BriefOptions& options) {
  if (options.max_groups < 1 || options.max_groups > 4) {
    return InvalidArgumentError("groups must be between 1 and 4, not " + std::to_string(options.max_groups));
  }
  const Language article = doc.article.language;
  if (options.language != Language::kUnknown && article != Language::kUnknown &&
      options.language != article) {
    return UnimplementedError(std::string("the built-in engine writes in the article's language (") +
                              LanguageCode(article) + "); a brief in " + LanguageCode(options.language) +
                              " needs a language model");
  }
  // The word rules read Latin-script text in any language, but the engine's
  // choices (lead, names, enumerations, titles) are made for these two.
  const std::string& code = doc.article.language_code;
  if (!BuiltInEngineBriefs(code)) {
    return UnimplementedError("the built-in engine briefs Chinese and English articles; this one is in " +
                              text::LanguageName(code) + " (" + code +
                              "): brief it with a language model (--engine lm)");
  }
  if (doc.paragraphs.empty()) return InvalidArgumentError("the article has no paragraphs");
  analyze::Analysis analysis = analyze::Analyze(doc);
  plan::PlanOptions plan_options;
  plan_options.max_groups = options.max_groups;
  plan_options.max_bullets = options.budget > 0 ? kBudgetedBulletsPerGroup : kBulletsPerGroup;
  plan::Plan plan = plan::MakePlan(doc, analysis, plan_options);
  return realize::RealizeExtractive(doc, analysis, plan, options.budget);
}

}  // namespace precis

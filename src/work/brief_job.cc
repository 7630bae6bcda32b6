// Copyright 2026 The precis Authors.

#include "work/brief_job.h"

#include <utility>

#include "render/article_writer.h"
#include "render/brief_writer.h"

namespace precis::work {

std::string BriefChoice::Canonical(const std::string& model) const {
  std::string s = "engine=" + engine + ";groups=" + std::to_string(groups) + ";lang=" + lang;
  if (engine == "lm") s += ";model=" + model;
  return s;
}

Status Validate(const BriefChoice& choice) {
  if (choice.engine != "builtin" && choice.engine != "lm") {
    return InvalidArgumentError("engine: must be one of builtin, lm (not '" + choice.engine + "')");
  }
  if (choice.lang != "auto" && choice.lang != "zh" && choice.lang != "en") {
    return InvalidArgumentError("lang: must be one of auto, zh, en (not '" + choice.lang + "')");
  }
  if (choice.groups < 1 || choice.groups > 4) {
    return InvalidArgumentError("groups: must be an integer from 1 to 4");
  }
  return Status::Ok();
}

store::StoredBrief Prepare(const Article& article, const BriefChoice& choice, const std::string& model,
                           const TextProcessor& text) {
  store::StoredBrief stored;
  stored.article_json = render::ArticleToJson(article);
  stored.article_hash = store::Sha256Hex(stored.article_json);
  stored.options = choice.Canonical(model);
  stored.id = store::BriefId(stored.article_hash, stored.options);
  stored.title = article.title;
  stored.source = article.source;
  stored.source_latin = article.source_latin;
  stored.published = article.published;
  stored.language = LanguageCodeOf(article);
  stored.url = article.url;
  stored.title_terms = store::IndexTerms(article.title, text);
  std::string paragraphs;
  for (const std::string& p : article.paragraphs) {
    paragraphs += p;
    paragraphs.push_back('\n');
  }
  stored.article_terms = store::IndexTerms(paragraphs, text);
  return stored;
}

Made MakeBrief(const Document& doc, const BriefChoice& choice, const LmBriefOptions& lm,
               const TextProcessor& text) {
  Made made;
  const Language language = choice.lang == "zh"   ? Language::kChinese
                            : choice.lang == "en" ? Language::kEnglish
                                                  : Language::kUnknown;
  if (choice.engine == "lm") {
    LmBriefOptions options = lm;
    options.max_groups = choice.groups;
    options.language = language;
    made.lm_asked = true;
    auto written = BriefWithModel(doc, text, options);
    if (!written.ok()) {
      made.brief = written.status();
    } else if (!written->core_verified) {
      made.lm_unverified = true;
      made.brief = UnavailableError("the model's core viewpoint failed the audit: " + written->failure);
    } else {
      made.brief = std::move(written->brief);
    }
    return made;
  }
  BriefOptions options;
  options.max_groups = choice.groups;
  options.language = language;
  made.brief = BriefDocument(doc, options);
  return made;
}

void Complete(const Brief& brief, const TextProcessor& text, store::StoredBrief* stored) {
  stored->brief_json = render::BriefToJson(brief);
  stored->brief_markdown = render::BriefToMarkdown(brief);
  std::string statements = brief.core.text;
  for (const BriefGroup& g : brief.groups) {
    statements += "\n" + g.title;
    for (const Statement& s : g.bullets) {
      statements += "\n" + s.text;
      for (const Statement& item : s.items) statements += "\n" + item.text;
    }
  }
  stored->brief_terms = store::IndexTerms(statements, text);
  stored->created_at = store::NowRfc3339();
}

}  // namespace precis::work

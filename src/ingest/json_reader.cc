// Copyright 2026 The precis Authors.

#include "ingest/json_reader.h"

#include <simdjson.h>

#include <nlohmann/json.hpp>
#include <optional>

#include "ingest/text_reader.h"

namespace precis::ingest {
namespace {

using nlohmann::json;

const char* TypeName(const json& v) {
  switch (v.type()) {
    case json::value_t::null:
      return "null";
    case json::value_t::boolean:
      return "a boolean";
    case json::value_t::number_integer:
    case json::value_t::number_unsigned:
    case json::value_t::number_float:
      return "a number";
    case json::value_t::string:
      return "a string";
    case json::value_t::array:
      return "an array";
    case json::value_t::object:
      return "an object";
    default:
      return "an unsupported value";
  }
}

// Reads an optional string field; null and absent are both "".
Status GetString(const json& obj, const char* key, const std::string& name, std::string* out) {
  auto it = obj.find(key);
  if (it == obj.end() || it->is_null()) return Status::Ok();
  if (!it->is_string()) {
    return InvalidArgumentError(name + ": field \"" + key + "\" must be a string, not " + TypeName(*it));
  }
  *out = std::string(TrimText(it->get_ref<const std::string&>()));
  return Status::Ok();
}

// ParseJsonArticle reads with simdjson's DOM, an order of magnitude faster
// than nlohmann's, by the same rules as FromNlohmann (a key given twice
// counts as its last value, as there); nlohmann reads what simdjson refuses.
namespace sj = simdjson::dom;

const char* TypeName(const sj::element& v) {
  switch (v.type()) {
    case sj::element_type::NULL_VALUE:
      return "null";
    case sj::element_type::BOOL:
      return "a boolean";
    case sj::element_type::INT64:
    case sj::element_type::UINT64:
    case sj::element_type::DOUBLE:
      return "a number";
    case sj::element_type::STRING:
      return "a string";
    case sj::element_type::ARRAY:
      return "an array";
    case sj::element_type::OBJECT:
      return "an object";
  }
  return "an unsupported value";
}

// The last value of `key` in `obj`, if any.
std::optional<sj::element> Field(const sj::object& obj, std::string_view key) {
  std::optional<sj::element> found;
  for (const auto field : obj) {
    if (field.key == key) found = field.value;
  }
  return found;
}

Status GetString(const sj::object& obj, const char* key, const std::string& name, std::string* out) {
  const auto value = Field(obj, key);
  if (!value || value->is_null()) return Status::Ok();
  std::string_view s;
  if (value->get(s) != simdjson::SUCCESS) {
    return InvalidArgumentError(name + ": field \"" + key + "\" must be a string, not " + TypeName(*value));
  }
  *out = std::string(TrimText(s));
  return Status::Ok();
}

Result<Article> FromNlohmann(std::string_view text, const std::string& name);

}  // namespace

Result<Article> ParseJsonArticle(std::string_view text, const std::string& name) {
  thread_local sj::parser parser;
  sj::element root;
  // Anything simdjson refuses goes to nlohmann, whose messages (the byte of
  // the error) users see.
  if (parser.parse(text.data(), text.size()).get(root) != simdjson::SUCCESS) return FromNlohmann(text, name);
  sj::object doc;
  if (root.get(doc) != simdjson::SUCCESS) {
    return InvalidArgumentError(name + ": JSON article must be an object, not " + TypeName(root));
  }
  Article article;
  PRECIS_RETURN_IF_ERROR(GetString(doc, "title", name, &article.title));
  PRECIS_RETURN_IF_ERROR(GetString(doc, "source", name, &article.source));
  PRECIS_RETURN_IF_ERROR(GetString(doc, "source_latin", name, &article.source_latin));
  PRECIS_RETURN_IF_ERROR(GetString(doc, "published", name, &article.published));
  if (article.published.empty()) {
    PRECIS_RETURN_IF_ERROR(GetString(doc, "date", name, &article.published));
  }
  PRECIS_RETURN_IF_ERROR(GetString(doc, "author", name, &article.author));
  PRECIS_RETURN_IF_ERROR(GetString(doc, "url", name, &article.url));
  std::string language;
  PRECIS_RETURN_IF_ERROR(GetString(doc, "language", name, &language));
  if (language.empty()) PRECIS_RETURN_IF_ERROR(GetString(doc, "lang", name, &language));
  if (language.rfind("zh", 0) == 0) article.language = Language::kChinese;
  if (language.rfind("en", 0) == 0) article.language = Language::kEnglish;

  const auto paragraphs = Field(doc, "paragraphs");
  if (paragraphs && !paragraphs->is_null()) {
    sj::array items;
    if (paragraphs->get(items) != simdjson::SUCCESS) {
      return InvalidArgumentError(name + ": field \"paragraphs\" must be an array of strings, not " +
                                  TypeName(*paragraphs));
    }
    size_t index = 0;
    for (const sj::element item : items) {
      ++index;
      std::string_view s;
      if (item.get(s) != simdjson::SUCCESS) {
        return InvalidArgumentError(name + ": \"paragraphs\" item " + std::to_string(index) + " is " +
                                    TypeName(item) + ", not a string");
      }
      std::string_view p = TrimText(s);
      if (!p.empty()) article.paragraphs.emplace_back(p);
    }
  } else {
    if (!Field(doc, "text")) {
      return InvalidArgumentError(name + ": JSON article has neither \"paragraphs\" nor \"text\"");
    }
    std::string body;
    PRECIS_RETURN_IF_ERROR(GetString(doc, "text", name, &body));
    article.paragraphs = SplitParagraphs(body);
  }
  return article;
}

namespace {

Result<Article> FromNlohmann(std::string_view text, const std::string& name) {
  json doc;
  try {
    doc = json::parse(text.begin(), text.end());
  } catch (const json::parse_error& e) {
    return InvalidArgumentError(name + ": malformed JSON at byte " + std::to_string(e.byte));
  } catch (const json::exception& e) {
    // e.g. a number too large for a double (found by fuzzing: 1e00883).
    return InvalidArgumentError(name + ": malformed JSON (" + e.what() + ")");
  }
  if (!doc.is_object()) {
    return InvalidArgumentError(name + ": JSON article must be an object, not " + TypeName(doc));
  }
  Article article;
  PRECIS_RETURN_IF_ERROR(GetString(doc, "title", name, &article.title));
  PRECIS_RETURN_IF_ERROR(GetString(doc, "source", name, &article.source));
  PRECIS_RETURN_IF_ERROR(GetString(doc, "source_latin", name, &article.source_latin));
  PRECIS_RETURN_IF_ERROR(GetString(doc, "published", name, &article.published));
  if (article.published.empty()) {
    PRECIS_RETURN_IF_ERROR(GetString(doc, "date", name, &article.published));
  }
  PRECIS_RETURN_IF_ERROR(GetString(doc, "author", name, &article.author));
  PRECIS_RETURN_IF_ERROR(GetString(doc, "url", name, &article.url));
  std::string language;
  PRECIS_RETURN_IF_ERROR(GetString(doc, "language", name, &language));
  if (language.empty()) PRECIS_RETURN_IF_ERROR(GetString(doc, "lang", name, &language));
  if (language.rfind("zh", 0) == 0) article.language = Language::kChinese;
  if (language.rfind("en", 0) == 0) article.language = Language::kEnglish;

  auto paragraphs = doc.find("paragraphs");
  if (paragraphs != doc.end() && !paragraphs->is_null()) {
    if (!paragraphs->is_array()) {
      return InvalidArgumentError(name + ": field \"paragraphs\" must be an array of strings, not " +
                                  TypeName(*paragraphs));
    }
    size_t index = 0;
    for (const auto& item : *paragraphs) {
      ++index;
      if (!item.is_string()) {
        return InvalidArgumentError(name + ": \"paragraphs\" item " + std::to_string(index) + " is " +
                                    TypeName(item) + ", not a string");
      }
      std::string_view p = TrimText(item.get_ref<const std::string&>());
      if (!p.empty()) article.paragraphs.emplace_back(p);
    }
  } else {
    std::string body;
    auto it = doc.find("text");
    if (it == doc.end()) {
      return InvalidArgumentError(name + ": JSON article has neither \"paragraphs\" nor \"text\"");
    }
    PRECIS_RETURN_IF_ERROR(GetString(doc, "text", name, &body));
    article.paragraphs = SplitParagraphs(body);
  }
  return article;
}

}  // namespace
}  // namespace precis::ingest

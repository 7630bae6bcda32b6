// Copyright 2026 The precis Authors.

#include "ingest/json_reader.h"

#include <simdjson.h>

#include <nlohmann/json.hpp>
#include <optional>

#include "ingest/text_reader.h"
#include "util/strings.h"

namespace precis::ingest {
namespace {

// The article is read by one function, ArticleFrom, over either of two JSON
// libraries: simdjson's DOM, an order of magnitude faster, and nlohmann's
// for what simdjson refuses (its messages name the byte of the error; it
// also takes what simdjson does not, such as integers past 64 bits). Each
// library answers through the same small set of overloads below. A key
// given twice counts as its last value in both.

using nlohmann::json;
namespace sj = simdjson::dom;

const char* TypeName(const json* v) {
  switch (v->type()) {
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

// The value of `key` in an object, if any (nlohmann keeps a repeated key's
// last value).
std::optional<const json*> Field(const json& obj, const char* key) {
  auto it = obj.find(key);
  return it == obj.end() ? std::nullopt : std::optional<const json*>(&*it);
}

// simdjson keeps every repetition: the last is taken, as nlohmann does.
std::optional<sj::element> Field(const sj::object& obj, const char* key) {
  std::optional<sj::element> found;
  for (const auto field : obj) {
    if (field.key == key) found = field.value;
  }
  return found;
}

bool IsNull(const json* v) { return v->is_null(); }
bool IsNull(const sj::element& v) { return v.is_null(); }

bool AsString(const json* v, std::string_view* out) {
  if (!v->is_string()) return false;
  *out = v->get_ref<const std::string&>();
  return true;
}
bool AsString(const sj::element& v, std::string_view* out) { return v.get(*out) == simdjson::SUCCESS; }

// Calls visit(item) for each item of an array, until it returns false;
// false if `v` is no array.
template <typename Visit>
bool ForEachItem(const json* v, Visit visit) {
  if (!v->is_array()) return false;
  for (const auto& item : *v) {
    if (!visit(&item)) break;
  }
  return true;
}
template <typename Visit>
bool ForEachItem(const sj::element& v, Visit visit) {
  sj::array items;
  if (v.get(items) != simdjson::SUCCESS) return false;
  for (const sj::element item : items) {
    if (!visit(item)) break;
  }
  return true;
}

template <typename Object>
Result<Article> ArticleFrom(const Object& doc, const std::string& name) {
  // An optional string field; null and absent are both "".
  auto get = [&](const char* key, std::string* out) -> Status {
    const auto value = Field(doc, key);
    if (!value || IsNull(*value)) return Status::Ok();
    std::string_view s;
    if (!AsString(*value, &s)) {
      return InvalidArgumentError(name + ": field \"" + key + "\" must be a string, not " + TypeName(*value));
    }
    *out = std::string(TrimText(s));
    return Status::Ok();
  };
  Article article;
  PRECIS_RETURN_IF_ERROR(get("title", &article.title));
  PRECIS_RETURN_IF_ERROR(get("source", &article.source));
  PRECIS_RETURN_IF_ERROR(get("source_latin", &article.source_latin));
  PRECIS_RETURN_IF_ERROR(get("published", &article.published));
  if (article.published.empty()) PRECIS_RETURN_IF_ERROR(get("date", &article.published));
  PRECIS_RETURN_IF_ERROR(get("published_zone", &article.published_zone));  // extract's JSON
  PRECIS_RETURN_IF_ERROR(get("author", &article.author));
  const auto authors = Field(doc, "authors");
  if (authors && !IsNull(*authors)) {
    Status bad_item;
    const bool array = ForEachItem(*authors, [&](const auto& item) {
      std::string_view s;
      if (!AsString(item, &s)) {
        bad_item = InvalidArgumentError(name + ": \"authors\" items must be strings, not " + TypeName(item));
        return false;
      }
      if (!TrimText(s).empty()) article.authors.emplace_back(TrimText(s));
      return true;
    });
    if (!array) {
      return InvalidArgumentError(name + ": field \"authors\" must be an array of strings, not " +
                                  TypeName(*authors));
    }
    PRECIS_RETURN_IF_ERROR(bad_item);
  }
  PRECIS_RETURN_IF_ERROR(get("url", &article.url));
  std::string language;
  PRECIS_RETURN_IF_ERROR(get("language", &language));
  if (language.empty()) PRECIS_RETURN_IF_ERROR(get("lang", &language));
  article.language_code = util::PrimaryLanguageTag(language);
  if (language.rfind("zh", 0) == 0) article.language = Language::kChinese;
  if (language.rfind("en", 0) == 0) article.language = Language::kEnglish;

  const auto paragraphs = Field(doc, "paragraphs");
  if (paragraphs && !IsNull(*paragraphs)) {
    size_t index = 0;
    Status bad_item;
    const bool array = ForEachItem(*paragraphs, [&](const auto& item) {
      ++index;
      std::string_view s;
      if (!AsString(item, &s)) {
        bad_item = InvalidArgumentError(name + ": \"paragraphs\" item " + std::to_string(index) + " is " +
                                        TypeName(item) + ", not a string");
        return false;
      }
      std::string_view p = TrimText(s);
      if (!p.empty()) article.paragraphs.emplace_back(p);
      return true;
    });
    if (!array) {
      return InvalidArgumentError(name + ": field \"paragraphs\" must be an array of strings, not " +
                                  TypeName(*paragraphs));
    }
    PRECIS_RETURN_IF_ERROR(bad_item);
  } else {
    if (!Field(doc, "text")) {
      return InvalidArgumentError(name + ": JSON article has neither \"paragraphs\" nor \"text\"");
    }
    std::string body;
    PRECIS_RETURN_IF_ERROR(get("text", &body));
    article.paragraphs = SplitParagraphs(body);
  }
  return article;
}

}  // namespace

Result<Article> ParseJsonArticle(std::string_view text, const std::string& name) {
  thread_local sj::parser parser;
  sj::element root;
  if (parser.parse(text.data(), text.size()).get(root) == simdjson::SUCCESS) {
    sj::object doc;
    if (root.get(doc) != simdjson::SUCCESS) {
      return InvalidArgumentError(name + ": JSON article must be an object, not " + TypeName(root));
    }
    return ArticleFrom(doc, name);
  }
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
    return InvalidArgumentError(name + ": JSON article must be an object, not " + TypeName(&doc));
  }
  return ArticleFrom(doc, name);
}

}  // namespace precis::ingest

// Copyright 2026 The precis Authors.

#include "precis/reader.h"

#include <gtest/gtest.h>
#include <unicode/ucnv.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "gzip_bytes.h"
#include "ingest/text_reader.h"

namespace precis {
namespace {

using Paragraphs = std::vector<std::string>;

struct FormRow {
  const char* intent;
  std::string name;  // the input's name; ".json" selects JSON
  std::string input;
  std::string title;
  std::string source;
  std::string published;
  std::string author;
  Paragraphs paragraphs;
};

TEST(ReaderTest, ReadsEachInputForm) {
  const FormRow rows[] = {
      {"blank-line paragraphs, wrapped English lines joined with a space",
       "a.txt",
       "First paragraph\nwraps here.\n\nSecond one.\n",
       "",
       "",
       "",
       "",
       {"First paragraph wraps here.", "Second one."}},
      {"wrapped Chinese lines joined without a space",
       "a.txt",
       "美联储周三宣布\n维持利率不变。\n\n市场反应平稳。\n",
       "",
       "",
       "",
       "",
       {"美联储周三宣布维持利率不变。", "市场反应平稳。"}},
      {"no blank lines: one paragraph per line (common in Chinese copy)",
       "a.txt",
       "第一段内容在这里。\n第二段内容在这里。\n第三段。\n",
       "",
       "",
       "",
       "",
       {"第一段内容在这里。", "第二段内容在这里。", "第三段。"}},
      {"fenced front matter",
       "a.md",
       "---\ntitle: 标题\nsource: 新浪财经\npublished: 2026-01-09 23:52\n---\n\n正文。\n",
       "标题",
       "新浪财经",
       "2026-01-09 23:52",
       "",
       {"正文。"}},
      {"unfenced front matter lines",
       "a.txt",
       "title: Rates hold\nsource: Example Wire\nauthor: Jane Doe\n\nBody text.\n",
       "Rates hold",
       "Example Wire",
       "",
       "Jane Doe",
       {"Body text."}},
      {"Markdown heading as title; subheading markers dropped",
       "a.md",
       "# The title\n\n## Background\n\nBody text.\n",
       "The title",
       "",
       "",
       "",
       {"Background", "Body text."}},
      {"first line clearly a title, then a byline",
       "a.txt",
       "在乌克兰部署多国部队可能吗\n新浪财经·2026-01-09 23:52\n\n第一段。\n\n第二段。\n",
       "在乌克兰部署多国部队可能吗",
       "新浪财经",
       "2026-01-09 23:52",
       "",
       {"第一段。", "第二段。"}},
      {"title and byline in line mode",
       "a.txt",
       "颱風逼近 台灣多地停班停課\n中央社·2026年8月3日 18:20\n第一段。\n第二段。\n",
       "颱風逼近 台灣多地停班停課",
       "中央社",
       "2026-08-03 18:20",
       "",
       {"第一段。", "第二段。"}},
      {"English byline with author and source",
       "a.txt",
       "Fed holds rates\n\nBy Jane Doe, Example Wire · 2026-03-18 14:30\n\nBody.\n",
       "Fed holds rates",
       "Example Wire",
       "2026-03-18 14:30",
       "Jane Doe",
       {"Body."}},
      {"a first line ending in a full stop is a paragraph, not a title",
       "a.txt",
       "这是一个完整的句子。\n这是第二段。\n",
       "",
       "",
       "",
       "",
       {"这是一个完整的句子。", "这是第二段。"}},
      {"a wrapped first paragraph is not taken for a title",
       "a.txt",
       "This paragraph is wrapped\nacross two lines.\n\nSecond.\n",
       "",
       "",
       "",
       "",
       {"This paragraph is wrapped across two lines.", "Second."}},
      {"CRLF line ends and full-width spaces trimmed",
       "a.txt",
       "第一段。\r\n\r\n\xE3\x80\x80\xE3\x80\x80第二段。\r\n",
       "",
       "",
       "",
       "",
       {"第一段。", "第二段。"}},
      {"JSON with paragraphs",
       "a.json",
       R"({"title":"T","source":"S","published":"2026-01-01","paragraphs":["One."," Two. ",""]})",
       "T",
       "S",
       "2026-01-01",
       "",
       {"One.", "Two."}},
      {"JSON with a key given twice: its last value, escapes decoded",
       "a.json",
       R"({"title":"first","title":"T\u00e9","paragraphs":["x"],"paragraphs":["One.","\u4e8c\n"]})",
       "Té",
       "",
       "",
       "",
       {"One.", "二"}},
      {"JSON with an integer past 64 bits (read by nlohmann, not simdjson)",
       "a.json",
       R"({"n":123456789012345678901234567890,"title":"T","paragraphs":["One."," Two. "]})",
       "T",
       "",
       "",
       "",
       {"One.", "Two."}},
      {"JSON with text instead of paragraphs",
       "a.json",
       R"({"title":"T","text":"One.\n\nTwo."})",
       "T",
       "",
       "",
       "",
       {"One.", "Two."}},
      {"JSON 'date' as in the evaluation sets",
       "stdin",
       R"({"date":"2026-02-03","paragraphs":["x"]})",
       "",
       "",
       "2026-02-03",
       "",
       {"x"}},
  };
  for (const FormRow& row : rows) {
    auto article = ReadArticleBytes(row.input, row.name);
    ASSERT_TRUE(article.ok()) << row.intent << ": " << article.status().ToString();
    EXPECT_EQ(article->title, row.title) << row.intent;
    EXPECT_EQ(article->source, row.source) << row.intent;
    EXPECT_EQ(article->published, row.published) << row.intent;
    EXPECT_EQ(article->author, row.author) << row.intent;
    EXPECT_EQ(article->paragraphs, row.paragraphs) << row.intent;
  }
}

// Encodes UTF-8 text into `charset` with ICU, to build test inputs.
std::string Encode(const std::string& utf8, const char* charset) {
  UErrorCode status = U_ZERO_ERROR;
  std::string out(utf8.size() * 4 + 16, '\0');
  out.resize(static_cast<size_t>(ucnv_convert(charset, "UTF-8", out.data(), static_cast<int32_t>(out.size()),
                                              utf8.data(), static_cast<int32_t>(utf8.size()), &status)));
  EXPECT_TRUE(U_SUCCESS(status)) << charset << ": " << u_errorName(status);
  return out;
}

// The same article as a text file and as a page, neither declaring a charset.
struct Sample {
  std::string title;
  Paragraphs paragraphs;
  std::string Text() const {
    std::string text = title + "\n\n";
    for (const auto& p : paragraphs) text += p + "\n\n";
    return text;
  }
  std::string Html() const {
    std::string html = "<!DOCTYPE html><html><head><title>" + title + "</title></head><body><h1>" + title +
                       "</h1><div class=\"article\">";
    for (const auto& p : paragraphs) html += "<p>" + p + "</p>";
    return html + "</div></body></html>";
  }
};

const Sample kSimplified = {"央行宣布下调存款准备金率",
                            {"中国人民银行周一宣布，下调金融机构存款准备金率0.5个百分点。",
                             "市场人士普遍认为，此举有助于稳定市场预期，支持实体经济发展。"}};
const Sample kTraditional = {"颱風逼近 台灣多地停班停課",
                             {"中央氣象署今天發布陸上颱風警報，北部與東部地區風雨明顯增強。",
                              "多個縣市宣布明天停止上班上課，民眾應做好防颱準備。"}};

TEST(ReaderTest, ReadsUndeclaredGbkAndBig5) {
  struct Row {
    const char* intent;
    const Sample* sample;
    const char* charset;
    bool html;
  };
  const Row rows[] = {
      {"a GBK text file: not UTF-8, decoded as GB18030", &kSimplified, "GBK", false},
      {"a GBK page without <meta charset>: uchardet detects it", &kSimplified, "GBK", true},
      {"a Big5 text file: Traditional Chinese, uchardet detects it", &kTraditional, "Big5", false},
      {"a Big5 page without <meta charset>: uchardet detects it", &kTraditional, "Big5", true},
  };
  for (const Row& row : rows) {
    const std::string utf8 = row.html ? row.sample->Html() : row.sample->Text();
    const std::string bytes = Encode(utf8, row.charset);
    ASSERT_NE(bytes, utf8) << row.intent;  // really another encoding
    auto article = ReadArticleBytes(bytes, row.html ? "page.html" : "article.txt");
    ASSERT_TRUE(article.ok()) << row.intent << ": " << article.status().ToString();
    EXPECT_EQ(article->title, row.sample->title) << row.intent;
    EXPECT_EQ(article->paragraphs, row.sample->paragraphs) << row.intent;
  }
}

TEST(ReaderTest, ReadsUtf16WithAByteOrderMarkAsTheUtf8Original) {
  struct Row {
    const char* intent;
    const Sample* sample;
    bool html;
    const char* charset;
    const char* bom;
    const char* name;
  };
  const Row rows[] = {
      {"UTF-16LE text", &kSimplified, false, "UTF-16LE", "\xFF\xFE", "article.txt"},
      {"UTF-16BE text", &kTraditional, false, "UTF-16BE", "\xFE\xFF", "article.txt"},
      {"UTF-16LE page", &kSimplified, true, "UTF-16LE", "\xFF\xFE", "page.html"},
      {"UTF-16BE page", &kTraditional, true, "UTF-16BE", "\xFE\xFF", "page.html"},
      {"UTF-16LE page on stdin: known as HTML by its decoded start", &kTraditional, true, "UTF-16LE",
       "\xFF\xFE", "<stdin>"},
      {"UTF-16BE page with no extension", &kSimplified, true, "UTF-16BE", "\xFE\xFF", "saved-page"},
  };
  for (const Row& row : rows) {
    const std::string utf8 = row.html ? row.sample->Html() : row.sample->Text();
    auto original = ReadArticleBytes(utf8, row.name);
    ASSERT_TRUE(original.ok()) << row.intent << ": " << original.status().ToString();
    auto article = ReadArticleBytes(row.bom + Encode(utf8, row.charset), row.name);
    ASSERT_TRUE(article.ok()) << row.intent << ": " << article.status().ToString();
    EXPECT_EQ(article->title, row.sample->title) << row.intent;
    EXPECT_EQ(article->paragraphs, row.sample->paragraphs) << row.intent;
    EXPECT_EQ(article->title, original->title) << row.intent;
    EXPECT_EQ(article->paragraphs, original->paragraphs) << row.intent;
  }
}

// UTF-16 without a byte-order mark is not detected: it is refused with one
// line naming the input (never read as garbage). Text with ASCII in it
// (newlines, digits, tags) holds NUL bytes and is refused as binary; Chinese
// alone is neither valid UTF-8 nor plausible GB18030.
TEST(ReaderTest, RefusesUtf16WithoutAByteOrderMark) {
  struct Row {
    const char* intent;
    std::string utf8;
    const char* charset;
    const char* name;
    const char* message;  // after "NAME: "
  };
  const std::string chinese_only = kSimplified.paragraphs[1];
  const Row rows[] = {
      {"UTF-16LE text", kSimplified.Text(), "UTF-16LE", "a.txt", "binary data, not text"},
      {"UTF-16BE text", kTraditional.Text(), "UTF-16BE", "a.txt", "binary data, not text"},
      {"UTF-16LE page", kSimplified.Html(), "UTF-16LE", "a.html", "binary data, not an HTML page"},
      {"UTF-16BE page", kTraditional.Html(), "UTF-16BE", "a.html", "binary data, not an HTML page"},
      {"UTF-16LE Chinese with no ASCII at all", chinese_only, "UTF-16LE", "a.txt",
       "invalid UTF-8 at byte 4 and not GB18030 either"},
      {"UTF-16BE Chinese with no ASCII at all", chinese_only, "UTF-16BE", "a.txt",
       "invalid UTF-8 at byte 5 and not GB18030 either"},
  };
  for (const Row& row : rows) {
    auto article = ReadArticleBytes(Encode(row.utf8, row.charset), row.name);
    ASSERT_FALSE(article.ok()) << row.intent << ": read as " << article->paragraphs.front();
    EXPECT_EQ(article.status().code(), StatusCode::kDataLoss) << row.intent;
    EXPECT_EQ(article.status().message(), std::string(row.name) + ": " + row.message) << row.intent;
  }
}

struct BadRow {
  const char* intent;
  std::string name;
  std::string input;
  StatusCode code;
  const char* fragment;
};

TEST(ReaderTest, RefusesBadInputWithOneClearError) {
  const BadRow rows[] = {
      {"empty", "e.txt", "", StatusCode::kInvalidArgument, "empty input"},
      {"only white space", "w.txt", " \n\t\n　\n", StatusCode::kInvalidArgument, "empty"},
      {"binary", "b.bin", std::string("\0\x01\x02\x03garbage\0", 12), StatusCode::kDataLoss, "binary"},
      {"invalid UTF-8, not GB18030", "x.txt", "abc\xFF\xFF\xFF", StatusCode::kDataLoss,
       "invalid UTF-8 at byte 3"},
      {"malformed JSON", "m.json", R"({"paragraphs": ["a",)", StatusCode::kInvalidArgument, "malformed JSON"},
      {"JSON number out of range (found by fuzzing)", "n.json", "1e00883", StatusCode::kInvalidArgument,
       "malformed JSON"},
      {"JSON not an object", "a.json", "[1,2]", StatusCode::kInvalidArgument, "must be an object"},
      {"paragraphs not an array", "p.json", R"({"paragraphs":"text"})", StatusCode::kInvalidArgument,
       "must be an array of strings"},
      {"paragraph of the wrong type", "p.json", R"({"paragraphs":["a",7]})", StatusCode::kInvalidArgument,
       "item 2 is a number"},
      {"title of the wrong type", "t.json", R"({"title":["x"],"paragraphs":["a"]})",
       StatusCode::kInvalidArgument, "\"title\" must be a string"},
      {"title of the wrong type, read by nlohmann", "t.json",
       R"({"n":123456789012345678901234567890,"title":["x"],"paragraphs":["a"]})",
       StatusCode::kInvalidArgument, "\"title\" must be a string, not an array"},
      {"paragraph of the wrong type, read by nlohmann", "p.json",
       R"({"n":123456789012345678901234567890,"paragraphs":["a",7]})", StatusCode::kInvalidArgument,
       "item 2 is a number"},
      {"JSON with neither paragraphs nor text", "n.json", R"({"title":"x"})", StatusCode::kInvalidArgument,
       "neither"},
      {"JSON with no paragraphs", "z.json", R"({"paragraphs":["", "  "]})", StatusCode::kInvalidArgument,
       "no paragraphs"},
      {"front matter and nothing else", "f.md", "---\ntitle: x\n---\n", StatusCode::kInvalidArgument,
       "no paragraphs"},
  };
  for (const BadRow& row : rows) {
    auto article = ReadArticleBytes(row.input, row.name);
    ASSERT_FALSE(article.ok()) << row.intent;
    EXPECT_EQ(article.status().code(), row.code) << row.intent;
    const std::string& message = article.status().message();
    EXPECT_EQ(message.rfind(row.name + ": ", 0), 0u) << row.intent << ": " << message;
    EXPECT_NE(message.find(row.fragment), std::string::npos) << row.intent << ": " << message;
    EXPECT_EQ(message.find('\n'), std::string::npos) << row.intent;
  }
}

TEST(ReaderTest, EnforcesSizeAndParagraphLimits) {
  ReadOptions small;
  small.max_bytes = 10;
  auto big = ReadArticleBytes("This input is longer than ten bytes.", "big.txt", small);
  ASSERT_FALSE(big.ok());
  EXPECT_EQ(big.status().code(), StatusCode::kResourceExhausted);

  ReadOptions few;
  few.max_paragraphs = 2;
  auto many = ReadArticleBytes("One.\nTwo.\nThree.\n", "many.txt", few);
  ASSERT_FALSE(many.ok());
  EXPECT_EQ(many.status().code(), StatusCode::kResourceExhausted);
}

// A saved page.html.gz (or any input, gzip-compressed) reads as the page
// it holds; damaged, cut-short or over-large gzip data is one clear error
// naming the input.
TEST(ReaderTest, ReadsGzipCompressedInputsAsWhatTheyHold) {
  using precis::testing::Gzip;
  const std::string page =
      "<html><head><title>Rates held - Example News</title></head><body><article><h1>Rates held</h1>"
      "<p>The central bank kept its key rate at 3.5% on Thursday, as expected by most economists.</p>"
      "<p>Officials said inflation was easing but remained above the target of two percent.</p>"
      "</article></body></html>";
  auto plain = ReadArticleBytes(page, "page.html", ReadOptions{});
  ASSERT_TRUE(plain.ok()) << plain.status().ToString();
  const std::string packed = Gzip(page);
  auto read = ReadArticleBytes(packed, "page.html.gz", ReadOptions{});
  ASSERT_TRUE(read.ok()) << read.status().ToString();
  EXPECT_EQ(read->title, plain->title);
  EXPECT_EQ(read->paragraphs, plain->paragraphs);
  // Two members one after the other, as `cat a.gz b.gz` makes: both.
  auto text =
      ReadArticleBytes(Gzip("First paragraph.\n\n") + Gzip("Second paragraph.\n"), "a.txt.gz", ReadOptions{});
  ASSERT_TRUE(text.ok()) << text.status().ToString();
  EXPECT_EQ(text->paragraphs, (Paragraphs{"First paragraph.", "Second paragraph."}));

  struct Bad {
    const char* intent;
    std::string bytes;
    size_t max_bytes;
    StatusCode code;
    const char* message;
  };
  std::string corrupt = packed;
  corrupt[corrupt.size() / 2] ^= 0x55;
  const Bad rows[] = {
      {"cut short", packed.substr(0, packed.size() / 2), 1 << 20, StatusCode::kDataLoss, "cut short"},
      {"damaged (the CRC or the stream)", corrupt, 1 << 20, StatusCode::kDataLoss, "damaged gzip data"},
      {"trailing bytes", packed + "junk", 1 << 20, StatusCode::kDataLoss, "after the end of the gzip stream"},
      {"a small file that decompresses past the limit", Gzip(std::string(3 << 20, 'a')), 1 << 20,
       StatusCode::kResourceExhausted, "once decompressed"},
      {"nothing inside", Gzip(""), 1 << 20, StatusCode::kInvalidArgument, "empty input"},
  };
  for (const Bad& row : rows) {
    ReadOptions o;
    o.max_bytes = row.max_bytes;
    auto got = ReadArticleBytes(row.bytes, "page.html.gz", o);
    ASSERT_FALSE(got.ok()) << row.intent;
    EXPECT_EQ(got.status().code(), row.code) << row.intent << ": " << got.status().ToString();
    EXPECT_EQ(got.status().message().rfind("page.html.gz: ", 0), 0u)
        << row.intent << ": " << got.status().message();
    EXPECT_NE(got.status().message().find(row.message), std::string::npos)
        << row.intent << ": " << got.status().message();
    EXPECT_EQ(got.status().message().find('\n'), std::string::npos) << row.intent;
  }
}

// The documented defaults: 20 MB and 10,000 paragraphs. An input of exactly
// the limit is read; one byte or one paragraph more is refused with one line.
TEST(ReaderTest, DefaultLimitsAcceptTheLimitAndRefuseOneMore) {
  const ReadOptions defaults;
  EXPECT_EQ(defaults.max_bytes, 20971520u);
  EXPECT_EQ(defaults.max_paragraphs, 10000u);

  // 4,096 paragraphs of 5,118 letters and a blank line: 20,971,520 bytes.
  std::string at_limit;
  at_limit.reserve(defaults.max_bytes + 1);
  for (int i = 0; i < 4096; ++i) at_limit += std::string(5118, 'x') + "\n\n";
  ASSERT_EQ(at_limit.size(), 20971520u);
  auto read = ReadArticleBytes(at_limit, "big.txt");
  ASSERT_TRUE(read.ok()) << read.status().ToString();
  EXPECT_EQ(read->paragraphs.size(), 4096u);
  const std::string over = at_limit + "x";
  auto refused = ReadArticleBytes(over, "big.txt");
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.status().code(), StatusCode::kResourceExhausted);
  EXPECT_EQ(refused.status().message(), "big.txt: larger than the limit of 20971520 bytes");

  // The same through a file: its size is told before it is read.
  const std::string path =
      (std::filesystem::temp_directory_path() / ("precis_limit_" + std::to_string(::getpid()) + ".txt"))
          .string();
  std::ofstream(path, std::ios::binary) << at_limit;
  auto file = ReadArticleFile(path);
  EXPECT_TRUE(file.ok()) << file.status().ToString();
  std::ofstream(path, std::ios::binary) << over;
  auto big_file = ReadArticleFile(path);
  std::filesystem::remove(path);
  ASSERT_FALSE(big_file.ok());
  EXPECT_EQ(big_file.status().code(), StatusCode::kResourceExhausted);
  EXPECT_EQ(big_file.status().message(),
            path + ": 20971521 bytes is larger than the limit of 20971520 bytes");

  // One paragraph per line (no blank lines): 10,000 read, 10,001 refused.
  std::string lines;
  for (int i = 1; i <= 10000; ++i) lines += "Paragraph " + std::to_string(i) + ".\n";
  auto most = ReadArticleBytes(lines, "many.txt");
  ASSERT_TRUE(most.ok()) << most.status().ToString();
  EXPECT_EQ(most->paragraphs.size(), 10000u);
  EXPECT_EQ(most->paragraphs.back(), "Paragraph 10000.");
  auto too_many = ReadArticleBytes(lines + "Paragraph 10001.\n", "many.txt");
  ASSERT_FALSE(too_many.ok());
  EXPECT_EQ(too_many.status().code(), StatusCode::kResourceExhausted);
  EXPECT_EQ(too_many.status().message(), "many.txt: 10001 paragraphs is more than the limit of 10000");
}

TEST(ReaderTest, FileErrorsNameThePath) {
  auto missing = ReadArticleFile("/no/such/article.txt");
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.status().code(), StatusCode::kNotFound);
  EXPECT_NE(missing.status().message().find("/no/such/article.txt"), std::string::npos);

  auto dir = ReadArticleFile(std::filesystem::temp_directory_path().string());
  ASSERT_FALSE(dir.ok());
  EXPECT_NE(dir.status().message().find("directory"), std::string::npos);

  std::string path =
      (std::filesystem::temp_directory_path() / ("precis_reader_" + std::to_string(::getpid()) + ".txt"))
          .string();
  std::ofstream(path) << std::string(100, 'x');
  ReadOptions small;
  small.max_bytes = 50;
  auto big = ReadArticleFile(path, small);
  ASSERT_FALSE(big.ok());
  EXPECT_EQ(big.status().code(), StatusCode::kResourceExhausted);
  std::filesystem::remove(path);
}

TEST(BylineTest, RecognisesBylinesAndRejectsProse) {
  struct Row {
    const char* line;
    bool is_byline;
    const char* source;
    const char* published;
    const char* author;
  };
  const Row rows[] = {
      {"新浪财经·2026-01-09 23:52", true, "新浪财经", "2026-01-09 23:52", ""},
      {"2026年01月09日 23:52 来源：新华社", true, "新华社", "2026-01-09 23:52", ""},
      {"By Jane Doe, Reuters", true, "", "", "Jane Doe"},
      {"作者：张三 2026-02-01", true, "", "2026-02-01", "张三"},
      {"美联储周三宣布维持利率不变，市场反应平稳，三大股指小幅收涨。", false, "", "", ""},
      {"A plain sentence with no date in it.", false, "", "", ""},
  };
  for (const Row& row : rows) {
    Article a;
    EXPECT_EQ(ingest::ParseByline(row.line, &a), row.is_byline) << row.line;
    EXPECT_EQ(a.source, row.source) << row.line;
    EXPECT_EQ(a.published, row.published) << row.line;
    EXPECT_EQ(a.author, row.author) << row.line;
  }
}

// What extract --format json writes reads back the same: the zone too.
TEST(ReaderTest, ExtractJsonKeepsThePublishedZone) {
  auto article = ReadArticleBytes(
      R"({"title":"T","published":"2022-05-04 00:25","published_zone":"+00:00","paragraphs":["One."]})",
      "a.json");
  ASSERT_TRUE(article.ok()) << article.status().ToString();
  EXPECT_EQ(article->published, "2022-05-04 00:25");
  EXPECT_EQ(article->published_zone, "+00:00");
}

}  // namespace
}  // namespace precis

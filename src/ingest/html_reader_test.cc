// Copyright 2026 The precis Authors.

#include "ingest/html_reader.h"

#include <gtest/gtest.h>
#include <unicode/ucnv.h>

#include <string>

#include "precis/reader.h"

namespace precis::ingest {
namespace {

std::string Page(const std::string& head, const std::string& body) {
  return "<!DOCTYPE html><html><head><meta charset=\"utf-8\">" + head + "</head><body>" + body +
         "</body></html>";
}

const char* kArticleBody =
    "<div class=\"article-content\">"
    "<p>美联储周三宣布将联邦基金利率目标区间维持在4.25%至4.5%"
    "之间，符合市场预期。</p>"
    "<p>美联储主席鲍威尔在记者会上表示，通胀仍高于2%"
    "的目标，委员会“并不急于”降息。</p>"
    "<div class=\"share-bar\"><a href=\"#\">分享到微博</a><a "
    "href=\"#\">分享到微信</a></div>"
    "<p>分析人士认为，年内仍有两次降息的可能，但时间点取决于关税对物价的影响。<"
    "/p>"
    "<p>责任编辑：张三</p>"
    "</div>";

const char* kChrome =
    "<nav><a href=\"/\">首页</a><a href=\"/finance\">财经</a><a "
    "href=\"/stock\">股票</a></nav>"
    "<div class=\"related\"><h3>相关新闻</h3><ul><li><a "
    "href=\"/1\">美股收盘：三大股指涨跌不一</a></li>"
    "<li><a href=\"/2\">欧洲央行下调利率25个基点</a></li></ul></div>"
    "<footer>Copyright © 2026 Example 版权所有</footer>";

// An English article under its h1, `top` (a byline, a date) between them.
std::string TramArticle(const std::string& top) {
  return "<article><h1>Tram line to be extended</h1>" + top +
         "<p>The city council said on Monday that the tram line will be extended to the new housing estate "
         "next year, after a vote that ended months of debate.</p><p>Work is due to start in the spring and "
         "take about two years, the council said in a statement.</p></article>";
}

// White space between Chinese characters as a browser shows it: a space
// the text has stays ("（记者 陆一夫）"), a line break of the source joins
// them, and beside a full-width mark no space is added.
TEST(HtmlReaderTest, SpacesInChineseTextAsShown) {
  auto a = ParseHtmlArticle(Page("<title>拼多多上线全球购</title>",
                                 "<h1>拼多多上线全球购</h1><div class=\"article-content\"><p>新京报讯（记者 "
                                 "陆一夫）11月25日，新京报记者登录"
                                 "拼多多全球购页面发现，亚马逊\n海外购已经入驻。</p><p>盘活了， "
                                 "每天产量盒饭700份，不仅解决了医护人员的吃饭"
                                 "问题，还有其他专职司机的吃饭需求。</p></div>"),
                            "zh.html");
  ASSERT_TRUE(a.ok()) << a.status().ToString();
  ASSERT_EQ(a->paragraphs.size(), 2u);
  EXPECT_EQ(a->paragraphs[0],
            "新京报讯（记者 陆一夫）11月25日，新京报记者登录拼多多全球购页面发现，亚马逊海外购已经入驻。");
  EXPECT_TRUE(a->paragraphs[1].starts_with("盘活了，每天产量")) << a->paragraphs[1];
}

TEST(HtmlReaderTest, FindsTheBodyAndDropsTheChrome) {
  std::string html = Page("<title>美联储按兵不动_新浪财经_新浪网</title>",
                          std::string(kChrome) + "<h1>美联储按兵不动</h1>" + kArticleBody + kChrome);
  auto a = ParseHtmlArticle(html, "page.html");
  ASSERT_TRUE(a.ok()) << a.status().ToString();
  EXPECT_EQ(a->title, "美联储按兵不动");
  ASSERT_EQ(a->paragraphs.size(), 3u);
  EXPECT_EQ(a->paragraphs[0].rfind("美联储周三宣布", 0), 0u);
  EXPECT_EQ(a->paragraphs[2].rfind("分析人士认为", 0), 0u);
  for (const auto& p : a->paragraphs) {
    EXPECT_EQ(p.find("分享"), std::string::npos) << p;
    EXPECT_EQ(p.find("首页"), std::string::npos) << p;
    EXPECT_EQ(p.find("Copyright"), std::string::npos) << p;
  }
}

TEST(HtmlReaderTest, ReadsMetadataFromMetaJsonLdAndVisibleText) {
  std::string head =
      "<title>Fed holds rates - Example News</title>"
      "<meta property=\"og:site_name\" content=\"Example News\">"
      "<meta property=\"article:published_time\" "
      "content=\"2026-01-09T23:52:00+08:00\">"
      "<link rel=\"canonical\" href=\"https://www.example.com/fed\">"
      "<script "
      "type=\"application/"
      "ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Fed holds "
      "rates\",\"author\":{\"@type\":\"Person\",\"name\":\"Jane "
      "Doe\"}}</script>";
  std::string body =
      "<article><p>The Federal Reserve left rates unchanged on Wednesday, "
      "keeping its benchmark in a "
      "range of 4.25% to 4.5%, as officials waited for more evidence that "
      "inflation is easing.</p>"
      "<p>Chair Jerome Powell said the committee was not in a hurry to cut, "
      "adding that tariffs "
      "could keep prices elevated over the summer months.</p></article>";
  auto a = ParseHtmlArticle(Page(head, body), "en.html");
  ASSERT_TRUE(a.ok()) << a.status().ToString();
  EXPECT_EQ(a->title, "Fed holds rates");
  EXPECT_EQ(a->source, "Example News");
  EXPECT_EQ(a->published, "2026-01-09 23:52");
  EXPECT_EQ(a->author, "Jane Doe");
  EXPECT_EQ(a->url, "https://www.example.com/fed");
  EXPECT_EQ(a->paragraphs.size(), 2u);

  // Visible Chinese byline forms when there is no metadata.
  std::string zh = Page("<title>标题</title>",
                        "<h1>央行下调存款准备金率</h1><div class=\"info\">2026年02月12日 "
                        "15:10 来源：证券时报</div>" +
                            std::string(kArticleBody));
  auto b = ParseHtmlArticle(zh, "zh.html");
  ASSERT_TRUE(b.ok()) << b.status().ToString();
  EXPECT_EQ(b->title, "央行下调存款准备金率");
  EXPECT_EQ(b->source, "证券时报");
  EXPECT_EQ(b->published, "2026-02-12 15:10");
}

TEST(HtmlReaderTest, DecodesDeclaredAndUndeclaredChineseCharsets) {
  const std::string utf8 = Page("<meta charset=\"gb2312\"><title>标题</title>", kArticleBody);
  for (const char* charset : {"GBK", "GB18030", "Big5"}) {
    std::string body = charset == std::string("Big5")
                           ? "<p>颱風逼近，台灣多地停班停課，氣象署發布陸上颱風警報。</p>"
                           : std::string(kArticleBody);
    std::string page =
        "<html><head><meta http-equiv=\"Content-Type\" "
        "content=\"text/html; charset=" +
        std::string(charset) + "\"></head><body>" + body + "</body></html>";
    UErrorCode status = U_ZERO_ERROR;
    std::string encoded(page.size() * 2, '\0');
    encoded.resize(static_cast<size_t>(ucnv_convert(charset, "UTF-8", encoded.data(),
                                                    static_cast<int32_t>(encoded.size()), page.data(),
                                                    static_cast<int32_t>(page.size()), &status)));
    ASSERT_TRUE(U_SUCCESS(status));
    auto a = ParseHtmlArticle(encoded, "page.html");
    ASSERT_TRUE(a.ok()) << charset << ": " << a.status().ToString();
    ASSERT_FALSE(a->paragraphs.empty()) << charset;
    const std::string expected = charset == std::string("Big5") ? "颱風逼近" : "美联储周三宣布";
    EXPECT_EQ(a->paragraphs[0].rfind(expected, 0), 0u) << charset << ": " << a->paragraphs[0];
  }
  // A page saved as UTF-8 that still declares gb2312 is read as UTF-8.
  auto stale = ParseHtmlArticle(utf8, "saved.html");
  ASSERT_TRUE(stale.ok());
  EXPECT_EQ(stale->paragraphs[0].rfind("美联储周三宣布", 0), 0u);
}

TEST(HtmlReaderTest, SurvivesHostilePages) {
  // 10,000-deep nesting: iterative passes, no stack overflow.
  std::string deep;
  for (int i = 0; i < 10000; ++i) deep += "<div>";
  deep += "<p>深层嵌套的段落内容，用于测试解析器在极端结构下的表现，不应崩溃。</p>";
  auto a = ParseHtmlArticle(Page("", deep), "deep.html");
  ASSERT_TRUE(a.ok()) << a.status().ToString();
  EXPECT_EQ(a->paragraphs.size(), 1u);

  // Unclosed tags.
  auto b = ParseHtmlArticle(
      "<html><body><div><p>第一段没有结束标签，但内容完整而且足够长。<p>"
      "第二段同样没有结束标签，内容也足够长。",
      "unclosed.html");
  ASSERT_TRUE(b.ok()) << b.status().ToString();
  EXPECT_EQ(b->paragraphs.size(), 2u);

  // Binary served as HTML.
  std::string binary("<html>\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 22);
  auto c = ParseHtmlArticle(binary, "image.html");
  ASSERT_FALSE(c.ok());
  EXPECT_NE(c.status().message().find("image.html"), std::string::npos);

  // A page with no article text.
  auto d = ParseHtmlArticle(Page("<title>x</title>", "<nav><a href=\"/\">Home</a></nav>"), "empty.html");
  ASSERT_FALSE(d.ok());
  EXPECT_NE(d.status().message().find("no article text"), std::string::npos);
}

// A page that draws its text with a script, or shows a teaser of it, may
// declare the whole text in JSON-LD: read from there.
TEST(HtmlReaderTest, ReadsTheDeclaredArticleBodyWhenThePageShowsLittleOfIt) {
  const std::string text =
      "The city council said on Monday that the tram line will be extended to the new housing estate "
      "next year, after a vote that ended months of debate.\\n\\nWork is due to start in the spring and "
      "take about two years, the council said in a statement.\\n\\nResidents welcomed the decision.";
  auto ld = [&](const std::string& body) {
    return "<title>Tram line to be extended</title><script type=\"application/ld+json\">"
           "{\"@type\":\"NewsArticle\",\"headline\":\"Tram line to be extended\",\"articleBody\":\"" +
           body + "\"}</script>";
  };
  // Nothing shown.
  auto scripted = ParseHtmlArticle(Page(ld(text), "<div id=\"root\"></div>"), "spa.html");
  ASSERT_TRUE(scripted.ok()) << scripted.status().ToString();
  ASSERT_EQ(scripted->paragraphs.size(), 3u);
  EXPECT_EQ(scripted->paragraphs[2], "Residents welcomed the decision.");
  // A teaser shown, the text declared.
  auto teaser = ParseHtmlArticle(
      Page(ld(text),
           "<article><h1>Tram line to be extended</h1><p>The city council said on Monday that the "
           "tram line will be extended.</p></article>"),
      "teaser.html");
  ASSERT_TRUE(teaser.ok());
  EXPECT_EQ(teaser->paragraphs.size(), 3u);
  // The page shows the whole text: the page's own paragraphs stand.
  auto shown =
      ParseHtmlArticle(Page(ld("A short summary of the tram story."), TramArticle("")), "shown.html");
  ASSERT_TRUE(shown.ok());
  ASSERT_EQ(shown->paragraphs.size(), 2u);
  EXPECT_EQ(shown->paragraphs[1].rfind("Work is due", 0), 0u);
  // HTML pasted into articleBody, escaped or not, is read as HTML: its
  // text, block by block, without its scripts or embeds.
  for (const std::string& body :
       {std::string(
            "<p>The city council said on Monday that the tram line will be extended.</p>"
            "<iframe src=\\\"x\\\"><\\/iframe><script>var r=0;r<e.length;<\\/script><p>Work starts in "
            "spring.</p>"),
        std::string("&lt;p&gt;The city council said on Monday that the tram line will be extended.&lt;/p&gt;"
                    "&lt;script&gt;var r=0;&lt;/script&gt;&lt;p&gt;Work starts in spring.&lt;/p&gt;")}) {
    auto markup = ParseHtmlArticle(Page(ld(body), "<div id=\"root\"></div>"), "markup.html");
    ASSERT_TRUE(markup.ok()) << body << ": " << markup.status().ToString();
    ASSERT_EQ(markup->paragraphs.size(), 2u) << body;
    EXPECT_EQ(markup->paragraphs[0], "The city council said on Monday that the tram line will be extended.");
    EXPECT_EQ(markup->paragraphs[1], "Work starts in spring.");
  }
}

// A how-to or a recipe drawn by a script declares its steps in JSON-LD:
// its description and steps are its text, not a page refused.
TEST(HtmlReaderTest, ReadsADeclaredHowToOrRecipeWhenThePageShowsNone) {
  const std::string howto =
      R"({"@type":"HowTo","name":"Sew a round tablecloth","description":"A round table is a cheap piece of )"
      R"(furniture that softens any room.","step":[{"@type":"HowToStep","name":"Step 1: Measure",)"
      R"("itemListElement":{"@type":"HowToDirection","text":"<p>Measure the diameter of the table top.</p>)"
      R"(<p>Then decide how far the cloth should hang.</p>"}},{"@type":"HowToStep","name":"Step 2: Cut",)"
      R"("text":"Fold the fabric twice and cut along the marked arc."}]})";
  auto a = ParseHtmlArticle(
      Page("<title>Sew a round tablecloth</title><script type=\"application/ld+json\">" + howto + "</script>",
           "<div data-react-class=\"Diy\"></div>"),
      "diy.html");
  ASSERT_TRUE(a.ok()) << a.status().ToString();
  ASSERT_EQ(a->paragraphs.size(), 4u);
  EXPECT_EQ(a->paragraphs[0], "A round table is a cheap piece of furniture that softens any room.");
  EXPECT_EQ(a->paragraphs[1], "Measure the diameter of the table top.");
  EXPECT_EQ(a->paragraphs[3], "Fold the fabric twice and cut along the marked arc.");

  const std::string recipe =
      R"({"@type":"Recipe","name":"Porridge","description":"A warm breakfast in ten minutes.",)"
      R"("recipeInstructions":["Bring the milk to the boil with a pinch of salt.","Stir in the oats and )"
      R"(simmer for five minutes."]})";
  auto r = ParseHtmlArticle(
      Page("<title>Porridge</title><script type=\"application/ld+json\">" + recipe + "</script>",
           "<div></div>"),
      "recipe.html");
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  ASSERT_EQ(r->paragraphs.size(), 3u);
  EXPECT_EQ(r->paragraphs[2], "Stir in the oats and simmer for five minutes.");
}

// The headline the page declares in JSON-LD is the title where the page
// shows it: as its og:title though one writes a no-break space where the
// other has a space, or as the last line of an h1 that puts a kicker above
// it (not where the h1's own colon joins the two: then the h1 is whole).
TEST(HtmlReaderTest, TheDeclaredHeadlineWhereThePageShowsIt) {
  auto page = [](const std::string& og, const std::string& ld, const std::string& h1) {
    return Page("<title>" + og + " | Politik</title><meta property=\"og:title\" content=\"" + og +
                    "\"><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"" +
                    ld + "\"}</script>",
                "<h1>" + h1 + "</h1>" + TramArticle(""));
  };
  auto spaced = ParseHtmlArticle(page("Kim Jong Un: Der Diktator ist zurück - Trump ist „glücklich“",
                                      "Kim Jong Un: Der Diktator ist zurück - Trump ist&#160;„glücklich“",
                                      "Nordkorea: Kim Jong Un - Der Diktator ist zurück"),
                                 "p.html");
  ASSERT_TRUE(spaced.ok()) << spaced.status().ToString();
  EXPECT_EQ(spaced->title, "Kim Jong Un: Der Diktator ist zurück - Trump ist „glücklich“");
  auto kicker = ParseHtmlArticle(
      page("Wurmkiste", "Wurmkiste selber bauen", "Wurmkiste\n  <span>Wurmkiste selber bauen</span>"),
      "p.html");
  ASSERT_TRUE(kicker.ok());
  EXPECT_EQ(kicker->title, "Wurmkiste selber bauen");
  auto colon = ParseHtmlArticle(page("Nutzerbasierte Abrechnung: Musik-Stars fordern neues Streaming-Modell",
                                     "Musik-Stars fordern neues Streaming-Modell",
                                     "Nutzerbasierte Abrechnung: Musik-Stars fordern neues Streaming-Modell"),
                                "p.html");
  ASSERT_TRUE(colon.ok());
  EXPECT_EQ(colon->title, "Nutzerbasierte Abrechnung: Musik-Stars fordern neues Streaming-Modell");
}

// An h1 the <title>'s first part opens, about as long as the whole <title>,
// is the headline whole: the <title>'s dash is the headline's own.
TEST(HtmlReaderTest, AnH1ThatRunsAsLongAsTheTitleIsTheHeadlineWhole) {
  auto a = ParseHtmlArticle(
      Page("<title>Minions mit Schablonen malen - mit Malerrolle & bunter Farbe</title>",
           "<header><h1>Papaganda</h1></header><h1>Minions mit Schablonen malen – mit Malerrolle und bunten "
           "Farben</h1>" +
               TramArticle("")),
      "p.html");
  ASSERT_TRUE(a.ok()) << a.status().ToString();
  EXPECT_EQ(a->title, "Minions mit Schablonen malen – mit Malerrolle und bunten Farben");
}

// An og:title that the <title> opens, the site's names after it, is the
// headline whole, though it holds a separator of its own.
TEST(HtmlReaderTest, AnOgTitleTheTitleOpensKeepsItsOwnSeparators) {
  const std::string head =
      "<title>Die Minze als Mutmacher – Bericht aus dem Knast | hessenschau.de | Bücher</title>"
      "<meta property=\"og:title\" content=\"Die Minze als Mutmacher – Bericht aus dem Knast\">";
  // The article without a headline of its own on the page.
  std::string body = TramArticle("");
  body.erase(body.find("<h1>"), body.find("</h1>") + 5 - body.find("<h1>"));
  auto a = ParseHtmlArticle(Page(head, body), "p.html");
  ASSERT_TRUE(a.ok()) << a.status().ToString();
  EXPECT_EQ(a->title, "Die Minze als Mutmacher – Bericht aus dem Knast");
  // The same og:title alone, with no <title> after it: its longest part.
  auto alone = ParseHtmlArticle(Page("<meta property=\"og:title\" content=\"Tram news – Die Minze als "
                                     "Mutmacher und Bericht aus dem Knast\">",
                                     body),
                                "p.html");
  ASSERT_TRUE(alone.ok());
  EXPECT_EQ(alone->title, "Die Minze als Mutmacher und Bericht aus dem Knast");
  // og:title and <title> agree: an h1 that goes on past them (a subtitle
  // inside it) does not extend the headline.
  auto agreed = ParseHtmlArticle(
      Page("<title>Deep-Fried Fish Cakes, Hot and Fresh</title>"
           "<meta property=\"og:title\" content=\"Deep-Fried Fish Cakes, Hot and Fresh\">",
           "<h1>Deep-Fried Fish Cakes, Hot and Fresh <span>Welcome to the Flavor Capital</span></h1>" + body),
      "p.html");
  ASSERT_TRUE(agreed.ok());
  EXPECT_EQ(agreed->title, "Deep-Fried Fish Cakes, Hot and Fresh");
  // An og:title that ends with the site's name as a domain keeps no suffix.
  auto suffixed = ParseHtmlArticle(
      Page("<title>Ein Presse-Event der Extraklasse | MODEPILOT.de | Mode</title>"
           "<meta property=\"og:title\" content=\"Ein Presse-Event der Extraklasse | MODEPILOT.de\">"
           "<meta property=\"og:site_name\" content=\"Modepilot\">",
           body),
      "p.html");
  ASSERT_TRUE(suffixed.ok());
  EXPECT_EQ(suffixed->title, "Ein Presse-Event der Extraklasse");
  // The site's name shown as a logo is no headline, and a declared site
  // name stays the source.
  auto logo =
      ParseHtmlArticle(Page("<title>Wie funktionierts - Creative Commons</title>"
                            "<meta property=\"og:title\" content=\"Wie funktionierts - Creative Commons\">"
                            "<meta property=\"og:site_name\" content=\"Creative Commons\">",
                            "<div class=\"logo\"><span>Creative Commons</span></div>" + body),
                       "p.html");
  ASSERT_TRUE(logo.ok());
  EXPECT_EQ(logo->title, "Wie funktionierts");
  EXPECT_EQ(logo->source, "Creative Commons");
}

// A name signed in bold as a paragraph of its own at the top or the foot
// of the text is the author; the publisher declared as author is not.
TEST(HtmlReaderTest, AuthorsFromASignedNameNotThePublisher) {
  const std::string text =
      "<p>The city council said on Monday that the tram line will be extended to the new housing estate "
      "next year, after a vote that ended months of debate.</p><p>Work is due to start in the spring and "
      "take about two years, the council said in a statement.</p><p>Residents welcomed it.</p>";
  auto top = ParseHtmlArticle(Page("<title>Tram line</title>",
                                   "<article><p><strong>Mohloai Mpesi</strong></p>" + text + "</article>"),
                              "p.html");
  ASSERT_TRUE(top.ok()) << top.status().ToString();
  EXPECT_EQ(top->authors, std::vector<std::string>{"Mohloai Mpesi"});
  auto foot = ParseHtmlArticle(
      Page("<title>Tram line</title>", "<article>" + text + "<p><strong>Lê Phương</strong></p></article>"),
      "p.html");
  ASSERT_TRUE(foot.ok());
  EXPECT_EQ(foot->authors, std::vector<std::string>{"Lê Phương"});
  // Bold words that are no name, or a name inside a sentence: none.
  auto phrase = ParseHtmlArticle(
      Page("<title>Tram line</title>", "<article><p><strong>read the council report</strong></p>" + text +
                                           "<p>Said <strong>Jane Doe</strong> of the council.</p></article>"),
      "p.html");
  ASSERT_TRUE(phrase.ok());
  EXPECT_TRUE(phrase->authors.empty()) << phrase->author;
  for (const char* bold : {"Read More", "Twitter Facebook", "Editor's Note", "ELECCIONES EN COLOMBIA"}) {
    auto none = ParseHtmlArticle(Page("<title>Tram line</title>",
                                      "<article>" + text + "<p><strong>" + bold + "</strong></p></article>"),
                                 "p.html");
    ASSERT_TRUE(none.ok());
    EXPECT_TRUE(none->authors.empty()) << bold << ": " << none->author;
  }
  // A picture's credit in bold is nobody's byline.
  auto credit = ParseHtmlArticle(
      Page("<title>Tram line</title>",
           "<article><p><strong>Mike Marsland/Getty Images</strong></p>" + text + "</article>"),
      "p.html");
  ASSERT_TRUE(credit.ok());
  EXPECT_TRUE(credit->authors.empty()) << credit->author;
  // Two reporters a slash joins, under a kicker's two lines.
  auto pair = ParseHtmlArticle(Page("<title>Tram line</title>",
                                    "<article><p><em>…as residents cry foul</em></p><p><em>…accuse the "
                                    "council</em></p><p><strong>Mathatisi "
                                    "Sebusi/Mohalenyane Phakela</strong></p>" +
                                        text + "</article>"),
                               "p.html");
  ASSERT_TRUE(pair.ok());
  EXPECT_EQ(pair->authors, (std::vector<std::string>{"Mathatisi Sebusi", "Mohalenyane Phakela"}));
  auto slavic = ParseHtmlArticle(
      Page("<title>Tram line</title>", "<article>" + text + "<p><b>Łukasz Šimić</b></p></article>"),
      "p.html");
  ASSERT_TRUE(slavic.ok());
  EXPECT_EQ(slavic->authors, std::vector<std::string>{"Łukasz Šimić"});
  auto publisher = ParseHtmlArticle(
      Page("<title>Tram line</title><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
           "\"author\":{\"@type\":\"Organization\",\"name\":\"VnExpress\"},"
           "\"publisher\":{\"@type\":\"Organization\",\"name\":\"VnExpress\"}}</script>",
           "<article>" + text + "</article>"),
      "p.html");
  ASSERT_TRUE(publisher.ok());
  EXPECT_TRUE(publisher->authors.empty()) << publisher->author;
}

// A login form's messages and a reference list read like prose; neither is
// the article.
TEST(HtmlReaderTest, PassesOverAccountFormsAndReferenceLists) {
  std::string messages;
  for (int i = 0; i < 12; ++i) {
    messages +=
        "<p class=\"error-msg\">Das Passwort muss mindestens 8 Zeichen lang sein, eine Zahl und einen "
        "Großbuchstaben enthalten, sonst ist es falsch.</p>";
  }
  auto login = ParseHtmlArticle(
      Page("<title>Tram line to be extended</title>",
           "<div><form><input type=\"email\" name=\"email\"><input type=\"password\" name=\"pw\">" +
               messages + "</form></div>" + TramArticle("")),
      "p.html");
  ASSERT_TRUE(login.ok()) << login.status().ToString();
  ASSERT_EQ(login->paragraphs.size(), 2u);
  EXPECT_EQ(login->paragraphs[0].rfind("The city council", 0), 0u);
  // A form that wraps the whole page (it holds the headline) is read.
  auto wrapped = ParseHtmlArticle(
      Page("<title>Tram line to be extended</title>",
           "<form id=\"aspnetForm\"><input type=\"password\">" + TramArticle("") + "</form>"),
      "p.html");
  ASSERT_TRUE(wrapped.ok()) << wrapped.status().ToString();
  EXPECT_EQ(wrapped->paragraphs.size(), 2u);
  // So is one whose headline is no h1 but that holds the <article>.
  std::string h2 = TramArticle("");
  h2.replace(h2.find("<h1>"), 4, "<h2>").replace(h2.find("</h1>"), 5, "</h2>");
  auto newsletter = ParseHtmlArticle(
      Page("<title>Tram line to be extended</title>", "<form>" + h2 + "<input type=\"email\"></form>"),
      "p.html");
  ASSERT_TRUE(newsletter.ok()) << newsletter.status().ToString();
  EXPECT_EQ(newsletter->paragraphs.size(), 2u);
  std::string refs;
  for (int i = 0; i < 30; ++i) {
    refs +=
        "<li>van der Maaten, L.J.P.; Hinton, G.E. (Nov 2008). \"Visualizing Data Using t-SNE\" (PDF). "
        "J. Mach. Learn. Res. 9: 2579–2605.</li>";
  }
  auto cited = ParseHtmlArticle(
      Page("<title>Tram line to be extended</title>",
           "<div class=\"output\">" + TramArticle("") + TramArticle("") +
               "<div class=\"reflist\"><ol class=\"references\">" + refs + "</ol></div></div>"),
      "p.html");
  ASSERT_TRUE(cited.ok()) << cited.status().ToString();
  ASSERT_FALSE(cited->paragraphs.empty());
  EXPECT_EQ(cited->paragraphs[0].rfind("The city council", 0), 0u);
}

// The source is the outlet, never the headline, whichever field holds it.
TEST(HtmlReaderTest, SourceIsNeverTheHeadline) {
  auto msn = ParseHtmlArticle(Page("<title>Tram line to be extended</title>"
                                   "<meta name=\"application-name\" content=\"Tram line to be extended\">"
                                   "<meta property=\"og:site_name\" content=\"MSN\">",
                                   TramArticle("")),
                              "p.html");
  ASSERT_TRUE(msn.ok()) << msn.status().ToString();
  EXPECT_EQ(msn->source, "MSN");
  auto only = ParseHtmlArticle(Page("<title>Tram line to be extended</title>"
                                    "<meta name=\"application-name\" content=\"Tram line to be extended\">",
                                    TramArticle("")),
                               "p.html");
  ASSERT_TRUE(only.ok());
  EXPECT_NE(only->source, "Tram line to be extended");
  // og:site_name after application-name may be a section's: the first.
  auto heise = ParseHtmlArticle(
      Page("<title>Tram line to be extended</title><meta name=\"application-name\" content=\"heise online\">"
           "<meta property=\"og:site_name\" content=\"Security\">",
           TramArticle("")),
      "p.html");
  ASSERT_TRUE(heise.ok());
  EXPECT_EQ(heise->source, "heise online");
  auto app = ParseHtmlArticle(
      Page("<title>Tram line to be extended</title><meta name=\"application-name\" content=\"Tramblog\">",
           TramArticle("")),
      "p.html");
  ASSERT_TRUE(app.ok());
  EXPECT_EQ(app->source, "Tramblog");
  // An application-name the og:title repeats, the <title> the headline: a
  // site's generic og:title, not a headline (Yahoo's).
  auto generic = ParseHtmlArticle(Page("<title>Tram line to be extended</title>"
                                       "<meta name=\"application-name\" content=\"Tram News - Latest News\">"
                                       "<meta property=\"og:title\" content=\"Tram News - Latest News\">",
                                       TramArticle("")),
                                  "p.html");
  ASSERT_TRUE(generic.ok());
  EXPECT_EQ(generic->title, "Tram line to be extended");
  EXPECT_EQ(generic->source, "Tram News - Latest News");
}

// An outlet named as the author (参考消息 in <meta name=author>) is the
// source, not an author; the rest of a headline is no source.
TEST(HtmlReaderTest, AnOutletDeclaredAsAuthorIsTheSource) {
  auto a = ParseHtmlArticle(
      Page("<title>中国高铁 为何老外却说“了不得”？</title><meta name=\"author\" content=\"参考消息\">",
           std::string("<h1>中国高铁</h1>") + kArticleBody),
      "p.html");
  ASSERT_TRUE(a.ok()) << a.status().ToString();
  EXPECT_EQ(a->source, "参考消息");
  EXPECT_EQ(std::find(a->authors.begin(), a->authors.end(), "参考消息"), a->authors.end()) << a->author;
}

// A stream of other stories, their summaries prose, is never the article.
TEST(HtmlReaderTest, AStreamOfStoriesIsNotTheArticle) {
  std::string stream = "<ul class=\"stream\">";
  for (int i = 0; i < 30; ++i) {
    stream += "<li><a href=\"/s" + std::to_string(i) +
              "\">Another story</a><p>President-elect Donald Trump today offered the job of secretary of the "
              "interior to a congressman, senior advisers said on television tonight, after weeks of "
              "talks.</p></li>";
  }
  stream += "</ul>";
  auto a =
      ParseHtmlArticle(Page("<title>Tram line to be extended</title>", TramArticle("") + stream), "p.html");
  ASSERT_TRUE(a.ok()) << a.status().ToString();
  ASSERT_FALSE(a->paragraphs.empty());
  EXPECT_EQ(a->paragraphs[0].rfind("The city council", 0), 0u) << a->paragraphs[0];
}

TEST(HtmlReaderTest, TrimsCreditAndTeaserLinesAtTheEdges) {
  std::string body =
      "<div class=\"content\"><p>摄影：王五</p>"
      "<p>"
      "商务部今天表示，将进一步扩大服务业开放，给这类商品贴上绿色标签的做法会继"
      "续推广。</p>"
      "<p>发言人说，相关措施将在年内陆续出台，具体细则另行公布。</p>"
      "<p>编辑刘晓阳校对李铭</p><p>相关资讯请关注:贸易专区</"
      "p><p>美企撤离中国？相反...</p></div>";
  auto a = ParseHtmlArticle(Page("<title>t</title>", body), "credits.html");
  ASSERT_TRUE(a.ok()) << a.status().ToString();
  ASSERT_EQ(a->paragraphs.size(), 2u);
  EXPECT_NE(a->paragraphs[0].find("标签"),
            std::string::npos);  // a content word stays
  EXPECT_EQ(a->paragraphs[1].rfind("发言人说", 0), 0u);
}

TEST(HtmlReaderTest, AFiftyMegabytePageIsRefusedClearly) {
  std::string page = "<html><body><p>" + std::string(50 * 1024 * 1024, 'x') + "</p></body></html>";
  auto a = ReadArticleBytes(page, "huge.html");
  ASSERT_FALSE(a.ok());
  EXPECT_EQ(a.status().code(), StatusCode::kResourceExhausted);
  EXPECT_NE(a.status().message().find("huge.html: larger than the limit"), std::string::npos);
}

TEST(HtmlReaderTest, HeadlineSourceAndTimeFromTheHeaderAroundIt) {
  // The <title> appends section and site; the headline is a styled span;
  // the byline names the publisher before the date; the footer names the
  // owner.
  auto a = ReadArticleBytes(Page("<title>美联储按兵不动 国际财经_示例财经网</title>",
                                 "<div class=\"crumbs\"><a href=\"/\">首页</a> &gt; 国际财经 "
                                 "来源：导航</div>"
                                 "<span class=\"Title\"><b>美联储按兵不动</b></span>"
                                 "<div class=\"sub\"><span>原创</span> <span>示例周刊</span> "
                                 "<span>2026-01-09 23:52:10</span></div>" +
                                     std::string(kArticleBody)),
                            "page.html");
  ASSERT_TRUE(a.ok()) << a.status().ToString();
  EXPECT_EQ(a->title, "美联储按兵不动");
  EXPECT_EQ(a->source, "示例周刊");
  EXPECT_EQ(a->published, "2026-01-09 23:52");
  EXPECT_EQ(a->paragraphs.size(), 3u);

  // "本站原创" means the site itself: its name from the <title>.
  a = ReadArticleBytes(Page("<title>美联储按兵不动 示例医院</title>",
                            "<div class=\"title\">美联储按兵不动</div><p>来源：本站原创 "
                            "时间：2026年01月09日 23:52</p>" +
                                std::string(kArticleBody)),
                       "page.html");
  ASSERT_TRUE(a.ok()) << a.status().ToString();
  EXPECT_EQ(a->source, "示例医院");
  EXPECT_EQ(a->published, "2026-01-09 23:52");
}

TEST(HtmlReaderTest, WeChatTimeFromItsScript) {
  auto a = ReadArticleBytes(Page("<title>三星发布新机</title><meta property=\"og:site_name\" "
                                 "content=\"微信公众平台\">",
                                 "<h1>三星发布新机</h1><a id=\"js_name\">示例科技</a><em "
                                 "id=\"publish_time\">昨天</em>" +
                                     std::string(kArticleBody) + "<script>var ct = \"1581517074\";</script>"),
                            "wechat.html");
  ASSERT_TRUE(a.ok()) << a.status().ToString();
  EXPECT_EQ(a->source, "示例科技");
  EXPECT_EQ(a->published, "2020-02-12 22:17");  // Beijing time
}

// A shop's or an app's state, written as JSON in a script, dates a page that
// declares and shows no date; a list of items each with its own date does not.
TEST(HtmlReaderTest, DateFromThePagesScriptDataUnlessItIsAList) {
  const std::string head = "<title>Kaffee aus Sidamo</title><html lang=\"de\">";
  auto a = ReadArticleBytes(
      Page(head,
           "<h1>Kaffee aus Sidamo</h1>" + std::string(kArticleBody) +
               "<script>var meta = {\"product\":{\"id\":1,\"published_at\":\"2019-03-02T06:22:28+01:00\","
               "\"created_at\":\"2019-03-01T10:00:00+01:00\"},\"variants\":[{\"published_at\":"
               "\"2019-03-02T06:22:28+01:00\"}]};</script>"),
      "shop.html");
  ASSERT_TRUE(a.ok()) << a.status().ToString();
  EXPECT_EQ(a->published, "2019-03-02 06:22");
  EXPECT_EQ(a->published_zone, "+01:00");

  // A day and a time of that day agree.
  a = ReadArticleBytes(
      Page(head, "<h1>Kaffee aus Sidamo</h1>" + std::string(kArticleBody) +
                     "<script>var s = {\"publishDate\":\"2022-02-08\",\"page\":{\"publishDate\":"
                     "\"2022-02-08T14:00:00\"}};</script>"),
      "state.html");
  ASSERT_TRUE(a.ok()) << a.status().ToString();
  EXPECT_EQ(a->published, "2022-02-08 14:00");

  a = ReadArticleBytes(
      Page(head, "<h1>Kaffee aus Sidamo</h1>" + std::string(kArticleBody) +
                     "<script>window.__STATE__ = "
                     "{\"news\":[{\"title\":\"A\",\"publishDate\":\"2019-09-07T05:51:23Z\"},"
                     "{\"title\":\"B\",\"publishDate\":\"2019-09-07T10:29:27Z\"}]};</script>"),
      "aggregator.html");
  ASSERT_TRUE(a.ok()) << a.status().ToString();
  EXPECT_EQ(a->published, "");
}
TEST(HtmlReaderTest, ReadersCommentsNeverBecomeTheBody) {
  std::string comments = "<div class=\"comment-list\"><ul>";
  for (int i = 0; i < 12; ++i) {
    comments +=
        "<li><div "
        "class=\"c-content\"><p>"
        "转发了。这篇文章写得很好，我同意作者的看法，支持一下！</p></div></li>";
  }
  comments += "</ul></div>";
  auto a = ReadArticleBytes(Page("<title>最不愁吃肉的国家</title>",
                                 "<h2>最不愁吃肉的国家</h2><div "
                                 "class=\"abstract\">"
                                 "当全世界绝大部分国家都在为能够吸引中国游客到来而绞尽脑汁的"
                                 "时候，只有这么一个国家一脸淡定，一副你们爱来不来的样子。</div>" +
                                     comments),
                            "gallery.html");
  ASSERT_TRUE(a.ok()) << a.status().ToString();
  ASSERT_EQ(a->paragraphs.size(), 1u);
  EXPECT_EQ(a->paragraphs.front().rfind("当全世界", 0), 0u) << a->paragraphs.front();
}

TEST(HtmlReaderTest, LooksLikeHtml) {
  EXPECT_TRUE(LooksLikeHtml("<!DOCTYPE html><html>"));
  EXPECT_FALSE(LooksLikeHtml("Plain text about <b> tags"));
}

TEST(HtmlReaderTest, ReaderDispatchesHtmlByNameAndContent) {
  std::string page = Page("<title>标题</title>", kArticleBody);
  auto by_name = ReadArticleBytes(page, "saved.htm");
  ASSERT_TRUE(by_name.ok());
  EXPECT_EQ(by_name->paragraphs.size(), 3u);
  auto by_content = ReadArticleBytes(page, "<stdin>");
  ASSERT_TRUE(by_content.ok());
  EXPECT_EQ(by_content->paragraphs, by_name->paragraphs);
}

TEST(HtmlReaderTest, KeepsTheLanguageThePageDeclares) {
  const std::string body =
      "<article><p>Die Stadtverwaltung hat am Montag angekündigt, dass die Straßenbahnlinie im kommenden "
      "Jahr bis zum neuen Wohngebiet verlängert wird.</p><p>Die Bauarbeiten sollen im Frühjahr beginnen "
      "und etwa zwei Jahre dauern, teilte die Stadt mit.</p></article>";
  struct Row {
    std::string html_attrs, head;
    const char* code;
  };
  const Row rows[] = {
      {" lang=\"de-AT\"", "", "de"},
      {" xml:lang=\"de\"", "", "de"},
      {"", "<meta http-equiv=\"Content-Language\" content=\"de\">", "de"},
      {"", "<meta property=\"og:locale\" content=\"de_DE\">", "de"},
      {" lang=\"de\"", "<meta property=\"og:locale\" content=\"en_US\">", "de"},  // <html lang> first
      {"", "", ""},
  };
  for (const Row& row : rows) {
    const std::string page = "<!DOCTYPE html><html" + row.html_attrs + "><head><meta charset=\"utf-8\">" +
                             row.head + "<title>Straßenbahn</title></head><body>" + body + "</body></html>";
    auto a = ParseHtmlArticle(page, "page.html");
    ASSERT_TRUE(a.ok()) << a.status().ToString();
    EXPECT_EQ(a->language_code, row.code) << row.html_attrs << row.head;
  }
}

TEST(HtmlReaderTest, AuthorsFromEveryRouteAPageOffers) {
  struct Row {
    std::string head, byline;
    std::vector<std::string> authors;
    const char* route;
  };
  const Row rows[] = {
      {R"(<script type="application/ld+json">{"@type":"NewsArticle","author":[{"@type":"Person","name":"Jane Doe"},{"@type":"Person","name":"John Roe"}]}</script>)",
       "",
       {"Jane Doe", "John Roe"},
       "JSON-LD, a list of Persons"},
      {R"(<script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Person","givenName":"Anna Giulia","familyName":"Fink"}}</script>)",
       "",
       {"Anna Giulia Fink"},
       "JSON-LD, given and family name"},
      {R"(<script type="application/ld+json">{"@graph":[{"@type":"WebPage","author":"Site Team"},{"@type":"NewsArticle","author":"Jane Doe"}]}</script>)",
       "",
       {"Jane Doe"},
       "JSON-LD @graph: the article's author, not the page's"},
      {R"(<script type="application/ld+json">{"@type":"Article","author":"Jane Doe, John Roe"}</script>)",
       "",
       {"Jane Doe", "John Roe"},
       "JSON-LD, one string of two names"},
      {R"(<meta name="author" content="Jane Doe"><meta name="author" content="John Roe">)",
       "",
       {"Jane Doe", "John Roe"},
       "a meta tag a name"},
      {R"(<script type="application/ld+json">{"@type":"NewsArticle","author":[{"name":"Jane Doe"},{"name":"John Roe"}]}</script><script type="application/ld+json">{"@graph":[{"@type":"Article","author":{"name":"Jane Doe"}}]}</script>)",
       "",
       {"Jane Doe", "John Roe"},
       "two JSON-LD blocks: the first article's authors stand"},
      {R"(<meta name="twitter:label1" content="Written by"><meta name="twitter:data1" content="Jane Doe">)",
       "",
       {"Jane Doe"},
       "a Twitter card's Written by"},
      {R"(<meta name="parsely-author" content="Jane Doe">)", "", {"Jane Doe"}, "parsely-author"},
      {"",
       R"(<span itemprop="author" itemscope><span itemprop="name">Jane Doe</span></span>)",
       {"Jane Doe"},
       "microdata"},
      {"", R"(<a rel="author" href="/jane">Jane Doe</a>)", {"Jane Doe"}, "rel=author"},
      {"",
       R"(<a href="https://example.com/staff/jane-doe/">Jane Doe</a>)",
       {"Jane Doe"},
       "a link to the author's page"},
      {"",
       R"(<a href="https://www.example.fr/auteur/5631-jeanne-dupont">Jeanne Dupont</a>)",
       {"Jeanne Dupont"},
       "a link to the writer's page in French"},
      {"", R"(<a href="/autoren/">Autoren</a>)", {}, "a link to the list of authors names no one"},
      {"",
       R"(<div class="article-byline">By Jane Doe and John Roe</div>)",
       {"Jane Doe", "John Roe"},
       "an element named byline"},
      {"",
       "<p>05.02.2020 - Redaktion: Eberhard Fuhr</p>",
       {"Eberhard Fuhr"},
       "a labelled byline after a date"},
      {"",
       "<p><strong>Autorin: Uta Staschewski, Projektleiterin der HSS in Tunesien</strong></p>",
       {"Uta Staschewski"},
       "a labelled byline: names, not the role after them"},
      {"",
       "<p><strong>Achtung Redaktion: Fotos zum Download</strong></p>",
       {},
       "a note to editors is no byline"},
      {"",
       R"(<div><h4>Autor</h4><p><a href="/profil/nikolai-huke">Nikolai Huke</a>, </p></div>)",
       {"Nikolai Huke"},
       "a label alone in its element, the name in the next"},
      {"",
       R"(<div class="meta"><span class="screen-reader-text">| By </span><span>Cara Stiles</span></div>)",
       {"Cara Stiles"},
       "a screen reader's By before the name"},
      {R"(<meta property="og:site_name" content="City Press">)",
       R"(<p>By <span>City Press</span></p><p><em>Written by: <a href="/x">Julie Mollins</a></em></p>)",
       {"Julie Mollins"},
       "an outlet after one label: the next label's person"},
      {"",
       "<p><strong>By Nada Tawfik, BBC News, New York</strong></p>",
       {"Nada Tawfik"},
       "By and a name: the desk and the place after it are no one"},
      {"",
       "<h3>Von Atemschutzmaske über Exit-Strategie bis Zoonose</h3>",
       {},
       "a phrase that begins with von names no one"},
      {"", "<span>06.11.2023 13:30 von Olga</span>", {"Olga"}, "a first name alone after a date"},
      {"", "<p>Von Montag an</p>", {}, "one word after von, no date: no name"},
      {"",
       R"(<div class="widget"><h2>Autor</h2><p>Über-Ich</p></div><div class="teaser"><span>von </span><span>KB_Redaktion</span></div>)",
       {},
       "labels in a sidebar's widget or another story's teaser name no one here"},
      {R"(<meta name="author" content="105092">)", "", {}, "an id is no name"},
      {"", "", {}, "none"},
  };
  for (const Row& row : rows) {
    auto a = ParseHtmlArticle(
        Page("<title>Tram line to be extended</title>" + row.head, TramArticle(row.byline)), "p.html");
    ASSERT_TRUE(a.ok()) << row.route << ": " << a.status().ToString();
    EXPECT_EQ(a->authors, row.authors) << row.route;
  }
  // A personal blog: its <title> and its footer name the site after its
  // writer, whom the page marks up as a schema.org Person.
  auto blog = ParseHtmlArticle(
      Page("<title>Tram line to be extended | Jane Doe</title>",
           TramArticle(R"(<p><span itemprop="author" itemscope itemtype="http://schema.org/Person">)"
                       R"(<span itemprop="name">Jane Doe</span></span></p>)") +
               "<footer><p>© 2012 Jane Doe</p></footer>"),
      "p.html");
  ASSERT_TRUE(blog.ok());
  EXPECT_EQ(blog->source, "Jane Doe");
  EXPECT_EQ(blog->authors, std::vector<std::string>{"Jane Doe"});
}

TEST(HtmlReaderTest, ReadsPagesOnceRefused) {
  const std::string article =
      "<div id=\"text\"><p>The city council said on Monday that the tram line will be extended to the new "
      "housing estate next year, after a vote that ended months of debate in the chamber.</p><p>Work is due "
      "to start in the spring and take about two years, the council said in a statement on its website.</p>"
      "<p>Residents have asked for the line since the estate opened, and the council said the route would "
      "serve the school and the clinic as well as the new homes.</p></div>";
  struct Row {
    std::string page;
    const char* intent;
  };
  const Row rows[] = {
      {"<!DOCTYPE html><html><head><title>Tram</title></head><body class=\"f_comment_annotation_on "
       "f_comments_on\">" +
           article + "</body></html>",
       "<body>'s classes name features, not a comment box"},
      {"<!DOCTYPE html><html><head><title>Tram</title></head><body><noscript><div id=\"nojs\"></noscript>" +
           article + "</body></html>",
       "a <noscript> left open swallows the page"},
  };
  for (const Row& row : rows) {
    auto a = ParseHtmlArticle(row.page, "page.html");
    ASSERT_TRUE(a.ok()) << row.intent << ": " << a.status().ToString();
    ASSERT_EQ(a->paragraphs.size(), 3u) << row.intent;
    EXPECT_TRUE(a->paragraphs[0].starts_with("The city council")) << row.intent;
  }
  // A cookie banner or a dialog, however wordy, is no article.
  for (const std::string& overlay :
       {std::string("<div class=\"cookie-consent\">"), std::string("<div role=\"dialog\">")}) {
    const std::string words =
        "<p>We use cookies, and so do our partners, to measure how the site is used, to show you offers, "
        "and to remember what you chose; you may change your mind at any time, as the notice explains.</p>";
    auto a =
        ParseHtmlArticle(rows[0].page.substr(0, rows[0].page.find("<div id=")) + overlay + words + words +
                             words + words + "</div>" + rows[0].page.substr(rows[0].page.find("<div id=")),
                         "overlay.html");
    ASSERT_TRUE(a.ok()) << overlay;
    EXPECT_TRUE(a->paragraphs[0].starts_with("The city council")) << overlay << ": " << a->paragraphs[0];
  }
  // ... nor are the paragraphs deep inside one (a consent box of nested
  // wrappers), while an article a page folds away whole is still read.
  {
    const std::string words =
        "<p>Some of these are essential for the site to work, and cannot be switched off; others help us "
        "improve the site and your experience, and you may accept or refuse them here at any time.</p>";
    const std::string& page = rows[0].page;
    const size_t at = page.find("<div id=");
    auto a =
        ParseHtmlArticle(page.substr(0, at) +
                             "<div id=\"CookieBoxWrap\"><div role=\"dialog\"><div class=\"box-wrap\"><div "
                             "class=\"box\"><div class=\"row\">" +
                             words + words + words + words + words + words + words + words + words + words +
                             "</div></div></div></div></div>" + page.substr(at),
                         "consent.html");
    ASSERT_TRUE(a.ok()) << a.status().ToString();
    EXPECT_TRUE(a->paragraphs[0].starts_with("The city council")) << a->paragraphs[0];
    auto folded = ParseHtmlArticle(page.substr(0, at) + "<div style=\"display:none\">" +
                                       page.substr(at, page.find("</body>") - at) + "</div></body></html>",
                                   "folded.html");
    ASSERT_TRUE(folded.ok()) << folded.status().ToString();
    EXPECT_TRUE(folded->paragraphs[0].starts_with("The city council")) << folded->paragraphs[0];
  }
  // Stray NUL bytes in a page are dropped (a CMS left 22 in 90 KB).
  std::string with_nuls = rows[0].page;
  with_nuls.insert(with_nuls.find("</head>"), "<!--" + std::string(8000, '-') + "-->");
  with_nuls.insert(with_nuls.find("The city"), std::string(3, '\0'));
  auto nuls = ParseHtmlArticle(with_nuls, "nuls.html");
  ASSERT_TRUE(nuls.ok()) << nuls.status().ToString();
  EXPECT_TRUE(nuls->paragraphs[0].starts_with("The city council")) << nuls->paragraphs[0];
  // ... while a <noscript> notice stays out of the body.
  auto notice = ParseHtmlArticle(
      "<!DOCTYPE html><html><head><title>Tram</title></head><body><noscript><p>Please enable JavaScript to "
      "read this site.</p></noscript>" +
          article + "</body></html>",
      "page.html");
  ASSERT_TRUE(notice.ok());
  EXPECT_EQ(notice->paragraphs.size(), 3u);
}

TEST(HtmlReaderTest, TheArticleNotAListOfOtherStoriesOrALabel) {
  // The article's paragraphs sit deep (article > div > section > p); a
  // list of other stories' teasers (class "list-articles") and a dialog's
  // one-line header (class "dialog-content__header") name themselves with
  // words an article box uses.
  std::string teasers = "<ol class=\"list-articles\">";
  for (int i = 0; i < 2; ++i) {
    teasers +=
        "<li><p><a href=\"/story\">Another story</a>, told in a teaser of one sentence, with a comma or two, "
        "links to its page.</p></li>";
  }
  teasers += "</ol>";
  const std::string page = Page(
      "<title>Tram</title>",
      "<div id=\"screen\"><div class=\"dialog\"><div class=\"dialog-content__header\"><p>Sign in, now.</p>"
      "</div></div><div class=\"g g4\"><div class=\"box\">" +
          teasers +
          "</div></div><div class=\"g g6\"><article><h1>Tram</h1><div class=\"formatted\"><section>"
          "<p>The city council said on Monday that the tram line will be extended to the new housing estate "
          "next year, after a vote that ended months of debate in the chamber.</p>"
          "<p>Work is due to start in the spring and take about two years, the council said in a statement "
          "on its website.</p><p>Residents have asked for the line since the estate opened, and the council "
          "said the route would serve the school and the clinic as well.</p></section></div></article></div>"
          "</div>");
  auto a = ParseHtmlArticle(page, "page.html");
  ASSERT_TRUE(a.ok()) << a.status().ToString();
  ASSERT_FALSE(a->paragraphs.empty());
  EXPECT_TRUE(a->paragraphs[0].starts_with("The city council")) << a->paragraphs[0];
  for (const auto& p : a->paragraphs) EXPECT_EQ(p.find("Another story"), std::string::npos) << p;
}

TEST(HtmlReaderTest, AnArticleCutIntoBlocksIsReadWhole) {
  // The text in two blocks built alike, each in its own wrapper, with an
  // advertisement and a picture between them.
  auto block = [](const std::string& a, const std::string& b) {
    return "<div class=\"wrap\"><div class=\"px-24 text-block\"><p>" + a + "</p><p>" + b + "</p></div></div>";
  };
  const std::string page = Page(
      "<title>Tram</title>",
      "<main><h1>Tram line to be extended</h1>" +
          block(
              "The city council said on Monday that the tram line will be extended to the new housing estate "
              "next year, after a vote that ended months of debate.",
              "Work is due to start in the spring and take about two years, the council said in a "
              "statement.") +
          "<div class=\"ad-slot\">Advertisement</div><figure><img src=\"a.jpg\"></figure>" +
          block(
              "Residents have asked for the line since the estate opened, and the council said the route "
              "would serve the school and the clinic as well.",
              "The opposition said the cost, put at 80 million euros, was too high for a city of its size.") +
          "</main><div class=\"px-24 text-block\"><p>Elsewhere on the site, another story, with a "
          "sentence. And another.</p></div>");
  auto a = ParseHtmlArticle(page, "page.html");
  ASSERT_TRUE(a.ok()) << a.status().ToString();
  ASSERT_EQ(a->paragraphs.size(), 4u);
  EXPECT_TRUE(a->paragraphs[0].starts_with("The city council"));
  EXPECT_TRUE(a->paragraphs[2].starts_with("Residents have asked"));
  EXPECT_TRUE(a->paragraphs[3].starts_with("The opposition said"));
}

// The lead a page shows between its headline and its body's box (a
// standfirst), the text its description declares, opens the body; shown
// nowhere, or already the body's first paragraph, it adds nothing.
TEST(HtmlReaderTest, TheLeadShownAboveTheBodyOpensIt) {
  const std::string lead =
      "The council voted on Monday to extend the tram line to the new housing estate, ending months of "
      "debate.";
  const std::string head =
      "<title>Tram line to be extended</title><meta name=\"description\" content=\"" + lead + "\">";
  const std::string body_box =
      "<div class=\"article-body\"><p>Work is due to start in the spring and take about two years, the "
      "council said in a statement on its website.</p><p>The opposition said the cost, put at 80 million "
      "euros, was too high for a city of its size.</p></div>";
  auto shown = ParseHtmlArticle(Page(head, "<header><h1>Tram line to be extended</h1><p class=\"lead\">" +
                                               lead + "</p></header>" + body_box),
                                "lead.html");
  ASSERT_TRUE(shown.ok()) << shown.status().ToString();
  ASSERT_EQ(shown->paragraphs.size(), 3u);
  EXPECT_EQ(shown->paragraphs[0], lead);
  // Declared, not shown.
  auto declared = ParseHtmlArticle(Page(head, "<h1>Tram line to be extended</h1>" + body_box), "meta.html");
  ASSERT_TRUE(declared.ok());
  EXPECT_EQ(declared->paragraphs.size(), 2u);
  // Hidden.
  auto hidden =
      ParseHtmlArticle(Page(head, "<h1>Tram line to be extended</h1><div style=\"display:none\"><p>" + lead +
                                      "</p></div>" + body_box),
                       "hidden.html");
  ASSERT_TRUE(hidden.ok());
  EXPECT_EQ(hidden->paragraphs.size(), 2u);
}

// A box's name counts as a list of stories only where the word ends
// ("relatedposts", "list-articles"), not inside another ("articlestyle").
TEST(HtmlReaderTest, ABoxNamedArticleStyleIsNoListOfArticles) {
  const std::string article =
      "<div class=\"elementor-element articlestyle elementor-widget-theme-post-content\"><div "
      "class=\"elementor-widget-container\"><p>The Iranian news agency published footage of a drone that "
      "flew "
      "over the aircraft carrier unchallenged. An attack would have been easy.</p><p>The footage shows how "
      "vulnerable the floating fortresses are, and that every warship in the region could become a "
      "target.</p><p>The carrier is in the region to support its allies, having passed through the canal "
      "last week.</p></div></div>";
  const std::string appeal =
      "<div class=\"elementor-element elementor-widget-text-editor\"><div "
      "class=\"elementor-widget-container\">"
      "<p>If you want our independent journalism to remain a voice against the state-funded media, please "
      "support us with a donation!</p><p>Information away from the mainstream is fought online more than "
      "ever. To stay informed quickly, follow us on our channels.</p></div></div>";
  auto a = ParseHtmlArticle(
      Page("<title>Drone near a carrier</title>", "<h1>Drone near a carrier</h1>" + article + appeal),
      "p.html");
  ASSERT_TRUE(a.ok()) << a.status().ToString();
  ASSERT_FALSE(a->paragraphs.empty());
  EXPECT_TRUE(a->paragraphs[0].starts_with("The Iranian news agency")) << a->paragraphs[0];
}

// A box the page's style sheet hides by a class (Tailwind's and most
// sites' "hidden", Bootstrap's "d-none") is not shown: a paywall's pitch
// waiting inside the article is no text of it.
TEST(HtmlReaderTest, ABoxHiddenByItsClassIsNotText) {
  const std::string pitch =
      "<div class=\"article-block article-content__sign-in-group hidden\"><div class=\"h2\">THIS CONTENT IS "
      "RESERVED FOR SUBSCRIBERS</div><p>Enjoy the latest local, national and international news, with "
      "exclusive articles by our columnists and special newsletters.</p><p>Unlimited online access to 15 "
      "news "
      "sites with one account, and daily puzzles including the crossword.</p></div>";
  std::string body = TramArticle("");
  body.insert(body.find("<p>Work is due"), pitch);
  auto a = ParseHtmlArticle(Page("<title>Tram line to be extended</title>", body), "p.html");
  ASSERT_TRUE(a.ok()) << a.status().ToString();
  ASSERT_EQ(a->paragraphs.size(), 2u);
  EXPECT_TRUE(a->paragraphs[1].starts_with("Work is due"));
  // Hidden on phones only, shown from some width on: shown.
  for (const char* classes : {"d-none d-md-block", "hidden lg:block"}) {
    auto wide =
        ParseHtmlArticle(Page("<title>Tram line to be extended</title>",
                              std::string("<div class=\"") + classes + "\">" + TramArticle("") +
                                  "</div><div class=\"d-md-none\"><p>Short teaser. Read more.</p></div>"),
                         "p.html");
    ASSERT_TRUE(wide.ok());
    ASSERT_EQ(wide->paragraphs.size(), 2u) << classes;
    EXPECT_TRUE(wide->paragraphs[0].starts_with("The city council")) << classes;
  }
}

// A subheading keeps its place in the text though its id, an anchor for a
// table of contents, holds a word that names chrome ("nav").
TEST(HtmlReaderTest, ASubheadingAnchoredForATableOfContentsStays) {
  auto a = ParseHtmlArticle(
      Page("<title>Tram line to be extended</title>",
           "<article><h1>Tram line to be extended</h1><p>The city council said on Monday that the tram line "
           "will be extended to the new housing estate next year, after a vote that ended months of "
           "debate.</p><h3 class=\"subheading\" id=\"nav_what_it_costs__1\">What it costs</h3><p>The "
           "opposition said the cost, put at 80 million euros, was too high for a city of its "
           "size.</p></article>"),
      "p.html");
  ASSERT_TRUE(a.ok()) << a.status().ToString();
  ASSERT_EQ(a->paragraphs.size(), 3u);
  EXPECT_EQ(a->paragraphs[1], "What it costs");
}

TEST(HtmlReaderTest, AnArticleOfOneSentenceBlocksIsReadWhole) {
  // Every paragraph in a block of its own (BBC's text-block components),
  // pictures between them; most paragraphs are one sentence.
  auto block = [](const std::string& p) {
    return "<div data-component=\"text-block\"><div class=\"sc-cd DQ\"><div class=\"sc-82 IA\"><p>" + p +
           "</p></div></div></div>";
  };
  const char* sentences[] = {
      "The US is considering options for punishing allies which it considers to have failed to offer "
      "support.",
      "The proposals include suspending one member from the alliance and reviewing another's claim to "
      "islands.",
      "An official said the founding treaty does not foresee any provision for suspension. The government "
      "said "
      "the sovereignty of the islands rests with it.",
      "The alliance was formed in 1949 by twelve countries, which agreed to defend each other if attacked.",
      "It has 32 members across Europe and North America, most of them having joined since the Cold War.",
  };
  std::string body = "<article><h1>What is the alliance?</h1>";
  for (const char* s : sentences) {
    body += block(s) + "<div data-component=\"image-block\"><figure><img src=\"a.jpg\"></figure></div>";
  }
  body += "</article>";
  auto a = ParseHtmlArticle(Page("<title>What is the alliance?</title>", body), "page.html");
  ASSERT_TRUE(a.ok()) << a.status().ToString();
  ASSERT_EQ(a->paragraphs.size(), 5u);
  EXPECT_TRUE(a->paragraphs[0].starts_with("The US is considering"));
  EXPECT_TRUE(a->paragraphs[4].starts_with("It has 32 members"));
}
TEST(HtmlReaderTest, ADataTablesRowsAreLines) {
  std::string rows;
  for (const char* row :
       {"<td>1</td><td>Kyle Busch</td><td>5040</td>", "<td>2</td><td>Martin Truex Jr.</td><td>5035</td>"})
    rows += std::string("<tr>") + row + "</tr>";
  auto a = ParseHtmlArticle(
      Page(
          "<title>Standings</title>",
          "<article><p>The standings after the last race of the season, with the points each driver won, are "
          "below, and they will not change "
          "now.</p><table><tr><th>Pos.</th><th>Driver</th><th>Points</th></tr>" +
              rows + "</table></article>"),
      "p.html");
  ASSERT_TRUE(a.ok()) << a.status().ToString();
  ASSERT_EQ(a->paragraphs.size(), 4u);
  EXPECT_EQ(a->paragraphs[1], "Pos. Driver Points");
  EXPECT_EQ(a->paragraphs[2], "1 Kyle Busch 5040");
}

TEST(HtmlReaderTest, TheHeadlineNotTheSiteName) {
  const std::string body =
      "<article><p>The city council said on Monday that the tram line will be extended to the new housing "
      "estate next year, after a vote that ended months of debate.</p><p>Work is due to start in the spring "
      "and take about two years, the council said in a statement.</p></article>";
  struct Row {
    std::string head, top;
    const char* title;
    const char* intent;
  };
  const Row rows[] = {
      {"<title>Tram line to be extended &mdash; City Press</title>",
       "<h1>City Press</h1><h1>Tram line to be extended</h1>", "Tram line to be extended",
       "a logo h1 is in the <title> too: the longest h1 it holds is the headline"},
      {R"(<title>Tram - the line will grow | City Press</title><meta property="og:title" content="Tram - the line will grow"><script type="application/ld+json">{"@type":"NewsArticle","headline":"Tram - the line will grow"}</script>)",
       "", "Tram - the line will grow",
       "og:title and JSON-LD agree: the separator inside is the headline's own"},
      {R"(<title>Zur&uuml;ck - City Press</title><meta property="og:title" content="Stra&szlig;enbahn: zur&#252;ck - und weiter"><script type="application/ld+json">{"@type":"NewsArticle","headline":"Stra&#223;enbahn: zur&#252;ck - und weiter"}</script>)",
       "", "Straßenbahn: zurück - und weiter", "JSON-LD written HTML-escaped"},
      {R"(<title>Council backs tram plan | City Press</title><meta property="og:title" content="Tram line to be extended to the new housing estate next year"><script type="application/ld+json">{"@type":"NewsArticle","headline":"Council backs tram plan"}</script>)",
       "<h1>Council backs tram plan</h1>", "Council backs tram plan",
       "JSON-LD and the h1 agree: a longer og:title written for sharing loses"},
      {R"(<title>Tram im Mai&#8230; | Bibliothek 2.0 und noch mehr</title><link rel="canonical" href="https://blog.example/2014/05/tram/">)",
       R"(<h2><a href="https://blog.example/2014/05/tram/">Tram im Mai&#8230;</a></h2><a href="/2014/05/tram">Tram</a>)",
       "Tram im Mai…", "a heading linking to the page itself is the headline, however long the blog's name"},
      {"<title>Il tram ha iniziato a crescere - Vegolosi.it</title>", "<span>Il tram</span>",
       "Il tram ha iniziato a crescere",
       "a shorter element the title starts with is no headline: a space parts no Latin title"},
      {R"(<title>Tram plan approved &mdash; Beige</title><meta property="og:title" content="Beige.de"><link rel="canonical" href="https://www.beige.de/tram/">)",
       "<h1>Tram plan approved</h1>", "Tram plan approved",
       "an og:title that is the site's host names no story"},
      {R"(<title>Mayor calls the plan "unfit"</title><meta property="og:title" content="Mayor calls the plan "unfit"">)",
       "", "Mayor calls the plan \"unfit\"",
       "an og:title cut at a quote the page left unescaped loses to the <title> it opens"},
      {R"(<title>Tram line - Wikipedia</title><script type="application/ld+json">{"@type":"Article","headline":"a line of trams in a city"}</script>)",
       "<h1>Tram line</h1>", "Tram line",
       "the h1 the <title> holds over a JSON-LD headline that does not hold it"},
      {"<title>Tram review:  a line\n that keeps up</title>", "", "Tram review: a line that keeps up",
       "white space as shown: a run of it is one space"},
  };
  for (const Row& row : rows) {
    auto a = ParseHtmlArticle(Page(row.head, row.top + body), "p.html");
    ASSERT_TRUE(a.ok()) << row.intent;
    EXPECT_EQ(a->title, row.title) << row.intent;
  }
  // A page that prints a warning before its <html> has its <title> parsed
  // into the body: the title does not hold itself as a headline.
  auto warned = ParseHtmlArticle(
      "<b>Warning</b>: mysql_connect() failed<br>" +
          Page("<title>Die Tram f&auml;hrt ab Mai bis in die Stadt | Tramblog</title>", body),
      "p.html");
  ASSERT_TRUE(warned.ok());
  EXPECT_EQ(warned->title, "Die Tram fährt ab Mai bis in die Stadt");
}

TEST(HtmlReaderTest, PublishedFromEveryRouteAPageOffers) {
  struct Row {
    std::string head, top;
    const char* published;
    const char* route;
  };
  const Row rows[] = {
      {R"(<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2023-10-26T09:30:00+02:00"}</script>)",
       "", "2023-10-26 09:30", "JSON-LD datePublished"},
      {"<script type=\"application/ld+json\">\n<![CDATA[\n{\"@type\":\"Article\",\"datePublished\":"
       "\"2001-10-29T01:59:14Z\"}\n]]>\n</script>",
       "<p>Founded in 1907.</p>", "2001-10-29 01:59", "JSON-LD wrapped in CDATA, as XHTML taught"},
      {"<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"description\":\"Tram\n\tline\","
       "\"datePublished\":\"2023-10-26T09:30:00\"}</script>",
       "", "2023-10-26 09:30", "JSON-LD with a raw line break inside a string"},
      {R"(<meta property="article:published_time" content="2023-10-26">)", "", "2023-10-26",
       "article:published_time"},
      {R"(<link rel="canonical" href="https://example.com/2023/10/26/tram-line">)", "", "2023-10-26",
       "the address's own date"},
      {"", R"(<span class="date">26.10.2023</span>)", "2023-10-26", "an element named date, day first"},
      {"", R"(<div class="meta"><span class="post-date">26. Oktober 2023</span></div>)", "2023-10-26",
       "a German month name"},
  };
  for (const Row& row : rows) {
    auto a = ParseHtmlArticle(
        Page("<title>Tram line to be extended</title>" + row.head, TramArticle(row.top)), "p.html");
    ASSERT_TRUE(a.ok()) << row.route << ": " << a.status().ToString();
    EXPECT_EQ(a->published, row.published) << row.route;
  }
  // A label says which date, wherever the page puts it (a footer far below
  // the headline, after the last change's).
  std::string filler;
  for (int i = 0; i < 40; ++i)
    filler += "<li><a href=\"/more\">More news from the city and the region</a></li>";
  auto footer = ParseHtmlArticle(
      Page("<title>Tram line to be extended</title>",
           TramArticle("") + "<ul>" + filler +
               "</ul><p class=\"foot\">Letzte Änderung: 31.10.2023 - 14:49<br>Erschienen am: 01.11.2023</p>"),
      "p.html");
  ASSERT_TRUE(footer.ok());
  EXPECT_EQ(footer->published, "2023-11-01");
  // A <meta name="date"> (any date of the page: its last change) gives way
  // to the day the page shows between its headline and its text; agreeing
  // on the day, it stands.
  for (const auto& [shown, published] :
       {std::pair<std::string, std::string>{"28.04.2020 21:38 Uhr", "2020-04-28 21:38"},
        std::pair<std::string, std::string>{"29.04.2020", "2020-04-29 11:52"}}) {
    auto generic = ParseHtmlArticle(
        Page("<title>Tram line to be extended</title><meta name=\"date\" content=\"2020-04-29T11:52:23\">",
             TramArticle("<p class=\"meta\">Stand: " + shown + "</p>")),
        "p.html");
    ASSERT_TRUE(generic.ok());
    EXPECT_EQ(generic->published, published) << shown;
  }
  // Not a date the standfirst names, months away from it.
  auto far = ParseHtmlArticle(
      Page(
          "<title>Tram line to be extended</title><meta name=\"date\" content=\"2024-05-01T10:00:00+02:00\">",
          TramArticle("<p class=\"sub\">Deadline 2023-12-31 for the old scheme</p>")),
      "p.html");
  ASSERT_TRUE(far.ok());
  EXPECT_EQ(far->published, "2024-05-01 10:00");
  // A blog's "posted at" line under the post, past the headline's reach.
  auto blog =
      ParseHtmlArticle(Page("<title>美联储按兵不动</title>",
                            "<h1>美联储按兵不动</h1>" + std::string(kArticleBody) + "<ul>" + filler + filler +
                                "</ul><div class=\"rightcom\">作者:zboy 阅读(1660) "
                                "发表于:2005-07-31 12:30</div>"),
                       "blog.html");
  ASSERT_TRUE(blog.ok());
  EXPECT_EQ(blog->published, "2005-07-31 12:30");
  // The last update the page shows, where it shows no other date.
  auto updated = ParseHtmlArticle(
      Page("<title>Tram line to be extended</title>",
           TramArticle("") + "<ul>" + filler + filler + "</ul><p><b>Aktualisiert am </b>17.01.2021.</p>"),
      "p.html");
  ASSERT_TRUE(updated.ok());
  EXPECT_EQ(updated->published, "2021-01-17");
}

TEST(HtmlReaderTest, PublishedKeepsItsZoneAndTheLocalDateWinsAcrossMidnight) {
  auto read = [](const std::string& stamp, const std::string& top) {
    return ParseHtmlArticle(
        Page("<title>Tram line to be extended</title><meta property=\"article:published_time\" content=\"" +
                 stamp + "\">",
             TramArticle(top)),
        "p.html");
  };
  struct Row {
    std::string stamp, top;
    const char *published, *zone, *why;
  };
  const Row rows[] = {
      {"2026-01-09T23:52:00+08:00", "", "2026-01-09 23:52", "+08:00", "an offset"},
      {"2026-01-09T23:52:00.123-0500", "", "2026-01-09 23:52", "-05:00", "an offset without a colon"},
      {"Wed, 04 May 2022 00:25:56 GMT", "", "2022-05-04 00:25", "+00:00", "RFC 1123"},
      {"2026-01-09T23:52", "", "2026-01-09 23:52", "", "no zone stated"},
      {"2022-05-04T00:25:56Z", "<p class=\"byline\">3 May 2022</p>", "2022-05-03", "",
       "a UTC stamp after midnight: the day the page shows"},
      {"2021-11-04T23:00:00.000Z", "<p class=\"byline\">5 November 2021</p>", "2021-11-05", "",
       "a UTC stamp before midnight: the day the page shows"},
      {"2024-08-27T10:32:24Z", "<p class=\"byline\">26 August 2024</p>", "2024-08-27 10:32", "+00:00",
       "no common zone puts 10:32 UTC on the day before"},
      {"2022-05-04T00:25:56Z", "<p class=\"byline\">4 May 2022</p>", "2022-05-04 00:25", "+00:00",
       "the page shows the stamp's own day"},
  };
  for (const Row& row : rows) {
    auto a = read(row.stamp, row.top);
    ASSERT_TRUE(a.ok()) << row.why << ": " << a.status().ToString();
    EXPECT_EQ(a->published, row.published) << row.why;
    EXPECT_EQ(a->published_zone, row.zone) << row.why;
  }
}

}  // namespace
}  // namespace precis::ingest

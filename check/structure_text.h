// Internal to check/: the narrative as sentences with their pages, for the structure checks.
#pragma once

#include <string>
#include <vector>

#include "core/model.h"

namespace gongkai::check::detail {

struct Sentence {
  int page = 0;      // the page it starts on
  std::string text;  // without spaces, up to and with its 。
};

// The printed lines outside grids joined (a sentence runs on over wrapped lines) and cut at 。.
std::vector<Sentence> sentences(const Document& doc);

// The same from the narrative as parse kept it (Document::narrative: no page numbers, headers
// or table lines), for checks that read figures: a page number between two lines of a sentence
// would glue itself to a figure.
std::vector<Sentence> narrative_sentences(const Document& doc);

}  // namespace gongkai::check::detail

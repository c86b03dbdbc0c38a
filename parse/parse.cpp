#include "parse/parse.h"
namespace gongkai::parse {
Document parse_document(const SourceDocument& source) { Document d; d.source = source.info; return d; }
}

#pragma once
// The read-only C view of a Document that a C plugin's check receives. Built per check call:
// plain arrays of fixed-size records whose strings point into the Document (nothing is copied
// but the records), so it lives no longer than the Document it views.

#include "parallax/document.h"
#include "parallax/plugin.h"

#include <vector>

namespace parallax {

class DocumentView {
public:
    explicit DocumentView(const Document& document);
    DocumentView(const DocumentView&) = delete;
    DocumentView& operator=(const DocumentView&) = delete;

    const parallax_document_view& view() const { return view_; }

private:
    std::vector<parallax_block> blocks_;
    std::vector<parallax_sentence> sentences_;
    std::vector<parallax_token> tokens_;
    std::vector<parallax_citation> citations_;
    std::vector<parallax_attribution> attributions_;
    parallax_document_view view_{};
};

} // namespace parallax

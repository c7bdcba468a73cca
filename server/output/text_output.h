#pragma once
// `parallax check --format text`: compiler-style lines with the source and a caret underline.
//
//     draft.md:3:52: warning: “many within the region”: whose view is this? ...
//     [claims/weasel-attribution]
//         ...are viewed with skepticism and concern by many within the region.
//                                                      ^~~~~~~~~~~~~~~~~~~~~~

#include "file_report.h"

#include <ostream>
#include <span>

namespace parallax {

struct TextStyle {
    bool color = false;
};

void write_text(std::span<const FileReport> reports, std::ostream& out, TextStyle style);

} // namespace parallax

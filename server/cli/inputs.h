#pragma once
// Turning the paths given to `parallax check` into drafts to read.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace parallax {

/// The largest draft analysed by default. Real drafts are far smaller — an op-ed is 5–50 KB, a
/// book-length report ~1 MB — while analysis takes about a second and over 100 MB of memory
/// per MiB of text: beyond this a file is a log or data dump, not a draft, and would hold up the
/// server (and `check`) for long.
inline constexpr std::size_t kDefaultMaxDocumentBytes = std::size_t{4} * 1024 * 1024;

/// No size limit may be set above this: byte offsets in a Text are 32-bit.
inline constexpr std::size_t kLargestSizeLimit = std::size_t{1} << 30;

/// A size for people: "812 bytes", "3.5 KiB", "12.3 MiB".
std::string describe_size(std::size_t bytes);

/// A draft to check: a file, or standard input when `path` is "-".
struct Input {
    std::string path;
};

/// Expands folders (recursively, sorted) into their .md, .markdown and .txt files, leaving out
/// the .git folder and what .gitignore and .parallaxignore files exclude (see ignore_file.h):
/// those inside the folder, and those above it up to the top of its git work tree. Files named
/// directly are kept whatever their extension. A path that does not exist is kept too, so that
/// reading it reports the error instead of skipping it.
std::vector<Input> expand_inputs(const std::vector<std::string>& paths);

struct LoadedInput {
    std::optional<std::string> content; // empty when the input could not be read
    std::string error;                  // why not, for the user
};

/// The command-line flag that sets the document limit.
inline constexpr std::string_view kMaxDocumentBytesFlag = "--max-document-bytes";

/// Reads a draft; one larger than `max_bytes` is an error naming both sizes and `limit_name`,
/// what raises the limit (it is not read whole: a file's size is checked first, standard input
/// read up to the limit).
LoadedInput load_input(const Input& input, std::size_t max_bytes = kDefaultMaxDocumentBytes,
                       std::string_view limit_name = kMaxDocumentBytesFlag);

/// The error for a draft of `bytes` over `max_bytes`, naming the setting that raises it
/// ("--max-document-bytes", "parallax.maxDocumentBytes").
std::string too_large_message(std::size_t bytes, std::size_t max_bytes, std::string_view setting);

} // namespace parallax

#include "parallax/protocol/framing.h"

#include <algorithm>
#include <charconv>
#include <string>

namespace parallax::protocol {
namespace {

constexpr std::string_view kTerminator = "\r\n\r\n";
constexpr std::string_view kContentLength = "content-length";

char lower(char c) {
    return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
}

bool iequals(std::string_view a, std::string_view b) {
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(),
                                              [](char x, char y) { return lower(x) == lower(y); });
}

std::string_view trim(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r'))
        s.remove_suffix(1);
    return s;
}

/// Position of the first case-insensitive occurrence of "content-length" at or after `from`.
std::size_t find_content_length(std::string_view buffer, std::size_t from) {
    if (buffer.size() < kContentLength.size())
        return std::string_view::npos;
    for (std::size_t i = from; i + kContentLength.size() <= buffer.size(); ++i) {
        if (iequals(buffer.substr(i, kContentLength.size()), kContentLength))
            return i;
    }
    return std::string_view::npos;
}

struct HeaderParse {
    std::optional<std::size_t> length;
    std::string error;
    /// The error is in a Content-Length value: the block is a header block, skip all of it
    /// (rather than look inside it for a header after some garbage).
    bool bad_length = false;
};

HeaderParse parse_headers(std::string_view block) {
    HeaderParse result;
    while (!block.empty()) {
        std::size_t eol = block.find("\r\n");
        std::string_view line = block.substr(0, eol);
        block = eol == std::string_view::npos ? std::string_view{} : block.substr(eol + 2);
        std::size_t colon = line.find(':');
        if (colon == std::string_view::npos) {
            result.error = "malformed header line (no ':')";
            return result;
        }
        if (!iequals(trim(line.substr(0, colon)), kContentLength))
            continue; // Content-Type and friends are tolerated
        std::string_view value = trim(line.substr(colon + 1));
        std::size_t length = 0;
        auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), length);
        if (ec == std::errc::result_out_of_range) {
            // No client sends that many bytes: the header is garbage, and skipping what it
            // declares would swallow every message after it.
            result.error = "Content-Length value '" + std::string(value) + "' is out of range";
            result.bad_length = true;
            return result;
        }
        if (value.empty() || ec != std::errc{} || end != value.data() + value.size()) {
            result.error = "invalid Content-Length value '" + std::string(value) +
                           "' (expected a decimal number of bytes)";
            result.bad_length = true;
            return result;
        }
        if (result.length && *result.length != length) {
            result.error = "conflicting Content-Length headers (" + std::to_string(*result.length) +
                           " and " + std::to_string(length) + ")";
            result.bad_length = true;
            return result;
        }
        result.length = length;
    }
    if (!result.length)
        result.error = "missing Content-Length header";
    return result;
}

} // namespace

void FrameReader::feed(std::string_view bytes) {
    if (skip_ > 0) {
        std::size_t dropped = std::min(skip_, bytes.size());
        skip_ -= dropped;
        bytes.remove_prefix(dropped);
    }
    buffer_.append(bytes);
}

void FrameReader::compact() {
    if (pos_ > 0 && (pos_ >= buffer_.size() || pos_ > buffer_.size() / 2)) {
        buffer_.erase(0, pos_);
        pos_ = 0;
    }
}

FrameError FrameReader::resynchronise(std::string message, std::size_t header_end) {
    std::string_view view(buffer_);
    std::size_t next = find_content_length(view, pos_ + 1);
    if (next != std::string_view::npos &&
        (header_end == std::string_view::npos || next < header_end)) {
        pos_ = next; // garbage before a real header: restart there
    } else if (header_end != std::string_view::npos) {
        pos_ = header_end; // drop the whole bad header block
    } else {
        // No terminator and no header in sight: keep only a tail that may begin a header.
        std::size_t keep = std::min(buffer_.size() - pos_, kContentLength.size() - 1);
        while (keep > 0 &&
               !iequals(view.substr(view.size() - keep), kContentLength.substr(0, keep)))
            --keep;
        pos_ = buffer_.size() - keep;
    }
    compact();
    return FrameError{std::move(message), false, 0, {}};
}

std::optional<FrameEvent> FrameReader::skip_oversized() {
    const std::size_t length = *body_length_;
    const std::size_t available = buffer_.size() - pos_;
    const std::size_t head_size = std::min(length, kOversizedHeadBytes);
    if (available < head_size)
        return std::nullopt; // the head tells whose message it is: wait for it
    FrameError error{"message of " + std::to_string(length) + " bytes exceeds the limit of " +
                         std::to_string(max_message_bytes_) + " bytes",
                     true, length, buffer_.substr(pos_, head_size)};
    const std::size_t dropped = std::min(available, length);
    pos_ += dropped;
    skip_ = length - dropped;
    body_length_.reset();
    oversized_ = false;
    compact();
    return FrameEvent{std::move(error)};
}

std::optional<FrameEvent> FrameReader::next() {
    if (skip_ > 0)
        return std::nullopt;
    std::string_view view(buffer_);
    if (!body_length_) {
        std::size_t terminator = view.find(kTerminator, pos_);
        if (terminator == std::string_view::npos) {
            if (view.size() - pos_ > kMaxHeaderBytes)
                return resynchronise("header block exceeds " + std::to_string(kMaxHeaderBytes) +
                                         " bytes without an end",
                                     std::string_view::npos);
            return std::nullopt;
        }
        std::size_t header_end = terminator + kTerminator.size();
        HeaderParse headers = parse_headers(view.substr(pos_, terminator - pos_));
        if (!headers.error.empty()) {
            if (headers.bad_length) {
                pos_ = header_end;
                compact();
                return FrameError{std::move(headers.error), false, 0, {}};
            }
            return resynchronise(std::move(headers.error), header_end);
        }
        pos_ = header_end;
        body_length_ = headers.length;
        oversized_ = *headers.length > max_message_bytes_;
    }
    if (oversized_)
        return skip_oversized();
    if (buffer_.size() - pos_ < *body_length_)
        return std::nullopt;
    std::string payload = buffer_.substr(pos_, *body_length_);
    pos_ += *body_length_;
    body_length_.reset();
    compact();
    return FrameEvent{std::move(payload)};
}

std::string encode_frame(std::string_view payload) {
    std::string frame = "Content-Length: " + std::to_string(payload.size()) + "\r\n\r\n";
    frame.append(payload);
    return frame;
}

} // namespace parallax::protocol

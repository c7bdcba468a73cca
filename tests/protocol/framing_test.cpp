#include "parallax/protocol/framing.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

namespace parallax::protocol {
namespace {

/// Drains the reader: payloads as "ok:<payload>", errors as "error:<message>".
std::vector<std::string> drain(FrameReader& reader) {
    std::vector<std::string> out;
    while (auto event = reader.next()) {
        if (auto* payload = std::get_if<std::string>(&*event))
            out.push_back("ok:" + *payload);
        else
            out.push_back("error:" + std::get<FrameError>(*event).message);
    }
    return out;
}

TEST(Framing, ReadsOneMessage) {
    FrameReader reader;
    reader.feed("Content-Length: 2\r\n\r\n{}");
    EXPECT_EQ(drain(reader), std::vector<std::string>{"ok:{}"});
    EXPECT_EQ(reader.buffered(), 0u);
}

TEST(Framing, ReadsByteByByte) {
    const std::string stream = encode_frame(R"({"a":1})") + encode_frame("[]");
    FrameReader reader;
    std::vector<std::string> out;
    for (char c : stream) {
        reader.feed(std::string_view(&c, 1));
        for (auto& m : drain(reader))
            out.push_back(m);
    }
    EXPECT_EQ(out, (std::vector<std::string>{R"(ok:{"a":1})", "ok:[]"}));
}

TEST(Framing, ReadsSeveralMessagesInOneChunk) {
    FrameReader reader;
    reader.feed(encode_frame("1") + encode_frame("22") + encode_frame("333"));
    EXPECT_EQ(drain(reader), (std::vector<std::string>{"ok:1", "ok:22", "ok:333"}));
}

TEST(Framing, ToleratesExtraHeadersAndAnyCase) {
    FrameReader reader;
    reader.feed("content-type: application/vscode-jsonrpc; charset=utf-8\r\n"
                "CONTENT-LENGTH:   3\r\n\r\nabc");
    EXPECT_EQ(drain(reader), std::vector<std::string>{"ok:abc"});
}

TEST(Framing, MissingContentLengthIsAnErrorAndReadingContinues) {
    FrameReader reader;
    reader.feed("Content-Type: x\r\n\r\n" + encode_frame("ok"));
    auto out = drain(reader);
    ASSERT_EQ(out.size(), 2u);
    EXPECT_EQ(out[0], "error:missing Content-Length header");
    EXPECT_EQ(out[1], "ok:ok");
}

TEST(Framing, InvalidContentLength) {
    FrameReader reader;
    reader.feed("Content-Length: twelve\r\n\r\n" + encode_frame("x"));
    auto out = drain(reader);
    ASSERT_EQ(out.size(), 2u);
    EXPECT_NE(out[0].find("invalid Content-Length"), std::string::npos);
    EXPECT_EQ(out[1], "ok:x");
}

TEST(Framing, OversizedMessageIsSkipped) {
    FrameReader reader(10);
    reader.feed("Content-Length: 20\r\n\r\n0123456789");
    EXPECT_FALSE(reader.next()); // reported once its head (here its 20 bytes) is in
    reader.feed("abcdefghij");
    auto first = reader.next();
    ASSERT_TRUE(first);
    auto* error = std::get_if<FrameError>(&*first);
    ASSERT_NE(error, nullptr);
    EXPECT_TRUE(error->too_large);
    EXPECT_NE(error->message.find("exceeds the limit of 10 bytes"), std::string::npos);
    EXPECT_EQ(error->head, "0123456789abcdefghij");
    reader.feed(encode_frame("ok"));
    EXPECT_EQ(drain(reader), std::vector<std::string>{"ok:ok"});
}

TEST(Framing, OverflowingContentLengthIsInvalidAndReadingContinues) {
    // Skipping what it declares would swallow every message after it.
    FrameReader reader;
    reader.feed("Content-Length: 99999999999999999999999\r\n\r\n" + encode_frame("ok"));
    auto out = drain(reader);
    ASSERT_EQ(out.size(), 2u);
    EXPECT_NE(out[0].find("is out of range"), std::string::npos) << out[0];
    EXPECT_EQ(out[1], "ok:ok");
}

TEST(Framing, NegativeAndSignedContentLengthsAreInvalid) {
    for (const char* value : {"-5", "+5", "5 5", "0x10", ""}) {
        FrameReader reader;
        reader.feed(std::string("Content-Length: ") + value + "\r\n\r\n" + encode_frame("ok"));
        auto out = drain(reader);
        ASSERT_EQ(out.size(), 2u) << value;
        EXPECT_NE(out[0].find("invalid Content-Length value"), std::string::npos) << out[0];
        EXPECT_EQ(out[1], "ok:ok") << value;
    }
}

TEST(Framing, ConflictingContentLengthsAreAnError) {
    FrameReader reader;
    reader.feed("Content-Length: 2\r\nContent-Length: 3\r\n\r\n" + encode_frame("ok"));
    auto out = drain(reader);
    ASSERT_EQ(out.size(), 2u);
    EXPECT_NE(out[0].find("conflicting Content-Length headers (2 and 3)"), std::string::npos);
    EXPECT_EQ(out[1], "ok:ok");
    // The same value twice is only redundant.
    reader.feed("Content-Length: 2\r\ncontent-length: 2\r\n\r\n{}");
    EXPECT_EQ(drain(reader), std::vector<std::string>{"ok:{}"});
}

TEST(Framing, OversizedMessageKeepsItsHeadAndIsDroppedAsItArrives) {
    FrameReader reader(64);
    const std::string body =
        R"({"jsonrpc":"2.0","id":4,"method":"textDocument/didOpen","params":{"text":")" +
        std::string(4 * kOversizedHeadBytes, 'x') + R"("}})";
    const std::string frame = encode_frame(body);
    // Byte by byte: the error comes once the head is in, and nothing of the body is kept.
    std::size_t errors = 0;
    std::size_t most_buffered = 0;
    for (char c : frame) {
        reader.feed(std::string_view(&c, 1));
        while (auto event = reader.next()) {
            auto* error = std::get_if<FrameError>(&*event);
            ASSERT_NE(error, nullptr);
            ++errors;
            EXPECT_TRUE(error->too_large);
            EXPECT_EQ(error->declared_length, body.size());
            EXPECT_EQ(error->head, body.substr(0, kOversizedHeadBytes));
        }
        most_buffered = std::max(most_buffered, reader.buffered());
    }
    EXPECT_EQ(errors, 1u);
    EXPECT_LE(most_buffered, kOversizedHeadBytes + kMaxHeaderBytes);
    EXPECT_EQ(reader.buffered(), 0u);
    reader.feed(encode_frame("next"));
    EXPECT_EQ(drain(reader), std::vector<std::string>{"ok:next"});
}

TEST(Framing, ShortOversizedMessageHasItsWholeBodyAsHead) {
    FrameReader reader(2);
    reader.feed(encode_frame("abc") + encode_frame("ok"));
    auto first = reader.next();
    ASSERT_TRUE(first);
    auto* error = std::get_if<FrameError>(&*first);
    ASSERT_NE(error, nullptr);
    EXPECT_EQ(error->head, "abc");
    EXPECT_EQ(drain(reader), std::vector<std::string>{"ok:ok"});
}

TEST(Framing, TheLimitCanChangeBetweenMessages) {
    FrameReader reader(1000);
    EXPECT_EQ(reader.max_message_bytes(), 1000u);
    reader.feed(encode_frame("0123456789"));
    EXPECT_EQ(drain(reader), std::vector<std::string>{"ok:0123456789"});
    reader.set_max_message_bytes(5);
    reader.feed(encode_frame("0123456789") + encode_frame("ok"));
    auto out = drain(reader);
    ASSERT_EQ(out.size(), 2u);
    EXPECT_NE(out[0].find("message of 10 bytes exceeds the limit of 5 bytes"), std::string::npos);
    EXPECT_EQ(out[1], "ok:ok");
}

TEST(Framing, OversizedMessageSplitAcrossReadsStaysInSync) {
    FrameReader reader(10);
    const std::string stream = encode_frame(std::string(5000, 'y')) + encode_frame("a") +
                               encode_frame(std::string(11, 'z')) + encode_frame("b");
    std::vector<std::string> out;
    for (std::size_t at = 0; at < stream.size(); at += 333) {
        reader.feed(std::string_view(stream).substr(at, 333));
        for (auto& e : drain(reader))
            out.push_back(e.starts_with("error:") ? "error" : e);
    }
    EXPECT_EQ(out, (std::vector<std::string>{"error", "ok:a", "error", "ok:b"}));
}

TEST(Framing, GarbageBeforeAHeaderIsSkipped) {
    FrameReader reader;
    reader.feed("garbage line\r\n" + encode_frame("ok"));
    auto out = drain(reader);
    ASSERT_EQ(out.size(), 2u);
    EXPECT_EQ(out[0].rfind("error:", 0), 0u);
    EXPECT_EQ(out[1], "ok:ok");
}

TEST(Framing, EndlessGarbageIsBounded) {
    FrameReader reader;
    reader.feed(std::string(kMaxHeaderBytes + 100, 'x'));
    auto out = drain(reader);
    ASSERT_EQ(out.size(), 1u);
    EXPECT_LT(reader.buffered(), 20u);
    reader.feed(encode_frame("ok"));
    EXPECT_EQ(drain(reader), std::vector<std::string>{"ok:ok"});
}

TEST(Framing, EncodeFrame) {
    EXPECT_EQ(encode_frame("{}"), "Content-Length: 2\r\n\r\n{}");
    EXPECT_EQ(encode_frame("é"), "Content-Length: 2\r\n\r\né"); // bytes, not characters
}

} // namespace
} // namespace parallax::protocol

#include "parallax/protocol/framing.h"

#include <gtest/gtest.h>

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
    auto first = reader.next();
    ASSERT_TRUE(first);
    auto* error = std::get_if<FrameError>(&*first);
    ASSERT_NE(error, nullptr);
    EXPECT_TRUE(error->too_large);
    EXPECT_NE(error->message.find("exceeds the limit of 10 bytes"), std::string::npos);
    EXPECT_FALSE(reader.next());
    reader.feed("abcdefghij" + encode_frame("ok")); // the rest of the oversized body, then more
    EXPECT_EQ(drain(reader), std::vector<std::string>{"ok:ok"});
}

TEST(Framing, HugeContentLengthDoesNotOverflow) {
    FrameReader reader;
    reader.feed("Content-Length: 99999999999999999999999\r\n\r\n");
    auto out = drain(reader);
    ASSERT_EQ(out.size(), 1u);
    EXPECT_NE(out[0].find("exceeds the limit"), std::string::npos);
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

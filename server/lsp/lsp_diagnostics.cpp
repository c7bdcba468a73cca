#include "lsp_diagnostics.h"

#include "sdk_json.h"
#include "utf16_cursor.h"

#include "parallax/protocol/json_writer.h"

#include <algorithm>
#include <vector>

namespace parallax::lsp {
namespace {

using protocol::JsonWriter;

/// About 600 bytes a diagnostic in prose drafts: reserved, one allocation for most.
constexpr std::size_t kBytesPerDiagnostic = 768;

/// LSP positions of byte offsets in the session's encoding; UTF-16 (what most clients use)
/// through a cursor that counts only the bytes between one offset and the next.
class LspPositions {
public:
    LspPositions(const Text& text, PositionEncoding encoding)
        : text_(text), encoding_(encoding), utf16_(text) {}

    PositionRange range_of(ByteRange range) {
        return encoding_ == PositionEncoding::Utf16 ? utf16_.range_of(range)
                                                    : text_.range_of(range, encoding_);
    }

private:
    const Text& text_;
    PositionEncoding encoding_;
    Utf16Cursor utf16_;
};

/// Writes analysis findings as an array of LSP Diagnostics, straight to JSON text: the one
/// Diagnostic -> LSP mapping, for publishDiagnostics, the pull reply and to_lsp(). Keys come in
/// nlohmann's sorted order, as the tree this replaces dumped them.
class DiagnosticsWriter {
public:
    DiagnosticsWriter(JsonWriter& w, const std::string& uri, std::int32_t version, const Text& text,
                      PositionEncoding encoding)
        : w_(w), uri_(uri), version_(version), positions_(text, encoding) {}

    void write(std::span<const Diagnostic> diagnostics) {
        w_.raw("[");
        for (std::size_t i = 0; i < diagnostics.size(); ++i) {
            if (i > 0)
                w_.raw(",");
            write(diagnostics[i]);
        }
        w_.raw("]");
    }

private:
    /// A member of a diagnostic's `data`: one of the rule's own, or one the server adds.
    enum class Added { None, Fixes, Offset, Rule, Version };
    struct Member {
        std::string_view key;
        const DataValue* value = nullptr; // the rule's, when `added` is None
        Added added = Added::None;
        std::uint32_t order = 0; // of assignment: a later value of a key replaces an earlier one
    };

    void write(const Diagnostic& d) {
        w_.raw("{\"code\":");
        w_.string(d.rule);
        w_.raw(",\"data\":");
        write_data(d);
        w_.raw(",\"message\":");
        w_.string(d.message);
        w_.raw(",\"range\":");
        write_lsp_range(w_, positions_.range_of(d.range));
        if (!d.related.empty()) {
            w_.raw(",\"relatedInformation\":[");
            for (std::size_t i = 0; i < d.related.size(); ++i) {
                w_.raw(i == 0 ? "{\"location\":{\"range\":" : ",{\"location\":{\"range\":");
                write_lsp_range(w_, positions_.range_of(d.related[i].range));
                w_.raw(",\"uri\":");
                w_.string(uri_);
                w_.raw("},\"message\":");
                w_.string(d.related[i].message);
                w_.raw("}");
            }
            w_.raw("]");
        }
        JsonWriter::Piece severity;
        severity.add(",\"severity\":").add(static_cast<std::uint32_t>(d.severity));
        w_.raw(severity);
        w_.raw(",\"source\":\"parallax\"}");
    }

    /// The rule's data and what code actions need. The server's keys replace a rule's of the
    /// same name; of a rule's repeated key the last value counts (as nlohmann's object did).
    void write_data(const Diagnostic& d) {
        members_.clear();
        const auto add = [&](std::string_view key, const DataValue* value, Added added) {
            members_.push_back({key, value, added, static_cast<std::uint32_t>(members_.size())});
        };
        for (const auto& [key, value] : d.data)
            add(key, &value, Added::None);
        add("rule", nullptr, Added::Rule);
        add("version", nullptr, Added::Version);
        add("offset", nullptr, Added::Offset);
        if (!d.fixes.empty())
            add("fixes", nullptr, Added::Fixes);
        sort_members_as_nlohmann(members_);
        w_.raw("{");
        for (std::size_t i = 0; i < members_.size(); ++i) {
            w_.raw(i == 0 ? "" : ",");
            if (members_[i].added == Added::None) {
                w_.string(members_[i].key);
                w_.raw(":");
            } else { // the server's keys need no escaping
                w_.raw("\"");
                w_.raw(members_[i].key);
                w_.raw("\":");
            }
            write_member(d, members_[i]);
        }
        w_.raw("}");
    }

    void write_member(const Diagnostic& d, const Member& member) {
        switch (member.added) {
        case Added::None:
            write_value(w_, *member.value);
            break;
        case Added::Fixes:
            write_fixes(d.fixes);
            break;
        case Added::Offset:
            write_offsets(w_, d.range);
            break;
        case Added::Rule:
            w_.string(d.rule);
            break;
        case Added::Version:
            w_.number(std::int64_t{version_});
            break;
        }
    }

    /// [{"edits":[{"newText":…,"range":…}],"title":…}]: each fix as LSP TextEdits.
    void write_fixes(const std::vector<Fix>& fixes) {
        w_.raw("[");
        for (std::size_t f = 0; f < fixes.size(); ++f) {
            w_.raw(f == 0 ? "{\"edits\":[" : ",{\"edits\":[");
            const auto& replacements = fixes[f].replacements;
            for (std::size_t i = 0; i < replacements.size(); ++i) {
                w_.raw(i == 0 ? "{\"newText\":" : ",{\"newText\":");
                w_.string(replacements[i].text);
                w_.raw(",\"range\":");
                write_lsp_range(w_, positions_.range_of(replacements[i].range));
                w_.raw("}");
            }
            w_.raw("],\"title\":");
            w_.string(fixes[f].title);
            w_.raw("}");
        }
        w_.raw("]");
    }

    JsonWriter& w_;
    const std::string& uri_;
    std::int32_t version_;
    LspPositions positions_;
    std::vector<Member> members_; // reused from one diagnostic to the next
};

} // namespace

void write_lsp_diagnostics(JsonWriter& w, const std::string& uri, std::int32_t version,
                           const Text& text, PositionEncoding encoding,
                           std::span<const Diagnostic> diagnostics) {
    DiagnosticsWriter(w, uri, version, text, encoding).write(diagnostics);
}

std::string lsp_diagnostics_json(const std::string& uri, std::int32_t version, const Text& text,
                                 PositionEncoding encoding,
                                 std::span<const Diagnostic> diagnostics) {
    std::string out;
    out.reserve(diagnostics.size() * kBytesPerDiagnostic + 2);
    JsonWriter w(out);
    write_lsp_diagnostics(w, uri, version, text, encoding, diagnostics);
    return out;
}

std::string diagnostic_report_json(const std::string& uri, std::int32_t version, const Text& text,
                                   PositionEncoding encoding,
                                   std::span<const Diagnostic> diagnostics) {
    std::string out;
    out.reserve(diagnostics.size() * kBytesPerDiagnostic + 32);
    JsonWriter w(out);
    w.raw("{\"items\":");
    write_lsp_diagnostics(w, uri, version, text, encoding, diagnostics);
    w.raw(",\"kind\":\"full\"}");
    return out;
}

} // namespace parallax::lsp

// Timings of the parts, with Google Benchmark, on drafts made of real articles:
//
//     parts_bench [benchmark flags] [FOLDER...]   (.txt/.md articles; default: examples/)
//
// Drafts of two sizes are made by joining distinct articles (never one repeated): ~6 KB, an
// op-ed, and ~100 KB, a long report. Bytes per second are of the draft's text.
#include "engine.h"
#include "parallax/document.h"
#include "parallax/plugin_interface.h"
#include "parallax/text.h"

#include <benchmark/benchmark.h>
#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <memory>
#include <random>
#include <string>
#include <vector>

namespace {

using namespace parallax;

std::vector<std::string> read_articles(const std::vector<std::filesystem::path>& folders) {
    std::vector<std::filesystem::path> files;
    for (const auto& folder : folders) {
        for (const auto& entry : std::filesystem::recursive_directory_iterator(folder)) {
            const auto ext = entry.path().extension();
            if (entry.is_regular_file() && (ext == ".txt" || ext == ".md"))
                files.push_back(entry.path());
        }
    }
    std::sort(files.begin(), files.end());
    std::vector<std::string> articles;
    for (const auto& file : files) {
        std::ifstream in(file, std::ios::binary);
        std::string text{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
        if (is_valid_utf8(text) && !text.empty())
            articles.push_back(std::move(text));
    }
    return articles;
}

/// Distinct articles joined until the draft holds at least `bytes` (fewer when the corpus is
/// small: the draft is then smaller than asked, never padded with repeats).
std::string make_draft(const std::vector<std::string>& articles, std::size_t bytes,
                       std::size_t& next) {
    std::string draft;
    for (std::size_t used = 0; draft.size() < bytes && used < articles.size(); ++used) {
        draft += articles[next % articles.size()];
        draft += "\n\n";
        ++next;
    }
    return draft;
}

class NullReporter final : public Reporter {
public:
    void report(Diagnostic diagnostic) override { benchmark::DoNotOptimize(diagnostic); }
};

void set_bytes(benchmark::State& state, std::size_t bytes) {
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations()) *
                            static_cast<std::int64_t>(bytes));
}

struct Draft {
    std::string name;
    std::string text;
};

void register_benchmarks(const std::vector<Draft>& drafts) {
    for (const Draft& draft : drafts) {
        const std::string& text = draft.text;
        for (auto format : {DocumentFormat::Markdown, DocumentFormat::PlainText}) {
            const char* kind = format == DocumentFormat::Markdown ? "markdown" : "plain";
            benchmark::RegisterBenchmark(
                ("Document::build/" + std::string(kind) + "/" + draft.name).c_str(),
                [text, format](benchmark::State& state) {
                    for (auto _ : state)
                        benchmark::DoNotOptimize(Document::build(Text(text), format));
                    set_bytes(state, text.size());
                });
        }

        // The floor under Document::build: ICU's word and sentence iterators alone over the
        // draft's UTF-16 text (the build runs them block by block, with its own abbreviations).
        benchmark::RegisterBenchmark(
            ("icu/word+sentence/" + draft.name).c_str(), [text](benchmark::State& state) {
                UErrorCode status = U_ZERO_ERROR;
                const std::unique_ptr<icu::BreakIterator> words(
                    icu::BreakIterator::createWordInstance(icu::Locale::getEnglish(), status));
                const std::unique_ptr<icu::BreakIterator> sentences(
                    icu::BreakIterator::createSentenceInstance(icu::Locale::getEnglish(), status));
                if (U_FAILURE(status)) {
                    state.SkipWithError("ICU break iterators unavailable");
                    return;
                }
                for (auto _ : state) {
                    const icu::UnicodeString units = icu::UnicodeString::fromUTF8(text);
                    std::int64_t boundaries = 0;
                    for (icu::BreakIterator* iterator : {words.get(), sentences.get()}) {
                        iterator->setText(units);
                        for (std::int32_t at = iterator->first(); at != icu::BreakIterator::DONE;
                             at = iterator->next()) {
                            ++boundaries;
                        }
                    }
                    benchmark::DoNotOptimize(boundaries);
                }
                set_bytes(state, text.size());
            });

        // What the server does on a keystroke: a one-character edit, re-built on the old parse.
        benchmark::RegisterBenchmark(
            ("Document::build/incremental-one-char/" + draft.name).c_str(),
            [text](benchmark::State& state) {
                const auto previous = Document::build(Text(text), DocumentFormat::Markdown);
                Text edited = previous->text();
                const Position middle =
                    edited.position_of(ByteOffset{edited.end().value / 2}, PositionEncoding::Utf8);
                const auto edit = edited.replace({middle, middle}, "x", PositionEncoding::Utf8);
                for (auto _ : state) {
                    benchmark::DoNotOptimize(Document::build(edited, DocumentFormat::Markdown,
                                                             previous.get(), std::span(&*edit, 1)));
                }
                set_bytes(state, text.size());
            });

        auto document =
            std::shared_ptr<const Document>(Document::build(Text(text), DocumentFormat::Markdown));
        for (const auto& plugin : PluginRegistry::instance().plugins()) {
            const Plugin* p = plugin.get();
            benchmark::RegisterBenchmark(
                ("check/" + std::string(p->id()) + "/" + draft.name).c_str(),
                [p, document](benchmark::State& state) {
                    const Options options;
                    for (auto _ : state) {
                        NullReporter reporter;
                        p->check(*document, options, reporter);
                    }
                    set_bytes(state, document->text().str().size());
                });
        }
        benchmark::RegisterBenchmark(("analyze/all-plugins/" + draft.name).c_str(),
                                     [document](benchmark::State& state) {
                                         for (auto _ : state)
                                             benchmark::DoNotOptimize(analyze(*document));
                                         set_bytes(state, document->text().str().size());
                                     });
        benchmark::RegisterBenchmark(
            ("build+analyze/markdown/" + draft.name).c_str(), [text](benchmark::State& state) {
                for (auto _ : state) {
                    const auto doc = Document::build(Text(text), DocumentFormat::Markdown);
                    benchmark::DoNotOptimize(analyze(*doc));
                }
                set_bytes(state, text.size());
            });
    }

    // Position conversion on the largest draft: 1,000 random offsets or positions per iteration.
    const auto big = std::make_shared<const Text>(drafts.back().text);
    for (auto encoding : {PositionEncoding::Utf16, PositionEncoding::Utf8}) {
        const char* name = encoding == PositionEncoding::Utf16 ? "utf16" : "utf8";
        std::mt19937 random(42);
        std::uniform_int_distribution<std::uint32_t> pick(0, big->end().value);
        std::vector<ByteOffset> offsets;
        std::vector<Position> positions;
        for (int i = 0; i < 1000; ++i) {
            offsets.push_back(ByteOffset{pick(random)});
            positions.push_back(big->position_of(offsets.back(), encoding));
        }
        benchmark::RegisterBenchmark(("Text::position_of/x1000/" + std::string(name)).c_str(),
                                     [big, offsets, encoding](benchmark::State& state) {
                                         for (auto _ : state) {
                                             for (ByteOffset o : offsets)
                                                 benchmark::DoNotOptimize(
                                                     big->position_of(o, encoding));
                                         }
                                     });
        benchmark::RegisterBenchmark(("Text::offset_of/x1000/" + std::string(name)).c_str(),
                                     [big, positions, encoding](benchmark::State& state) {
                                         for (auto _ : state) {
                                             for (const Position& p : positions)
                                                 benchmark::DoNotOptimize(
                                                     big->offset_of(p, encoding));
                                         }
                                     });
    }
    benchmark::RegisterBenchmark("Text::replace/one-char-middle", [big](benchmark::State& state) {
        Text text = *big;
        const Position middle =
            text.position_of(ByteOffset{text.end().value / 2}, PositionEncoding::Utf16);
        bool insert = true;
        for (auto _ : state) {
            // Alternately insert and delete one character, so the text keeps its size.
            const Position end{middle.line, middle.character + (insert ? 0u : 1u)};
            benchmark::DoNotOptimize(
                text.replace({middle, end}, insert ? "x" : "", PositionEncoding::Utf16));
            insert = !insert;
        }
    });
    benchmark::RegisterBenchmark("Text::Text/line-index", [big](benchmark::State& state) {
        for (auto _ : state)
            benchmark::DoNotOptimize(Text(big->str()));
        set_bytes(state, big->str().size());
    });
}

} // namespace

int main(int argc, char** argv) {
    benchmark::Initialize(&argc, argv);
    std::vector<std::filesystem::path> folders;
    for (int i = 1; i < argc; ++i)
        folders.emplace_back(argv[i]);
    if (folders.empty())
        folders.emplace_back(PARALLAX_EXAMPLES_DIR);
    const auto articles = read_articles(folders);
    if (articles.empty()) {
        std::cerr << "parts_bench: no .txt or .md articles found\n";
        return 2;
    }
    std::size_t next = 0;
    std::vector<Draft> drafts;
    drafts.push_back({"6KB", make_draft(articles, 6 * 1024, next)});
    drafts.push_back({"100KB", make_draft(articles, 100 * 1024, next)});
    for (const Draft& d : drafts)
        std::cout << "draft " << d.name << ": " << d.text.size() << " bytes\n";
    register_benchmarks(drafts);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}

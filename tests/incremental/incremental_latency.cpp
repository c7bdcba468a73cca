// What a keystroke costs, stage by stage: random one-character edits in a draft, each built
// on the previous Document and analysed, as the language server does. Prints p50/p99 of each
// stage. Not a test (it times things); built with the tests, run by hand:
//
//     incremental_latency DRAFT.md [EDITS]
//     incremental_latency --memory DRAFT.md...   heap held by the drafts' Documents and analyses
#include "engine.h"
#include "parallax/document.h"
#include "parallax/plugin_interface.h"
#include "parallax/text.h"

#include <malloc.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <fstream>
#include <iterator>
#include <map>
#include <random>
#include <string>
#include <vector>

namespace {

using namespace parallax;

/// This thread's CPU time: on a shared machine, what the work costs rather than how long it
/// waited for a core.
struct Clock {
    using time_point = double; // milliseconds
    static time_point now() {
        timespec t{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
        return static_cast<double>(t.tv_sec) * 1e3 + static_cast<double>(t.tv_nsec) / 1e6;
    }
};

double ms_since(Clock::time_point start) {
    return Clock::now() - start;
}

class NullReporter final : public Reporter {
public:
    void report(Diagnostic) override {}
};

void print(const char* name, std::vector<double> times) {
    std::sort(times.begin(), times.end());
    const auto at = [&](double q) {
        return times[std::min(times.size() - 1,
                              static_cast<std::size_t>(static_cast<double>(times.size()) * q))];
    };
    std::printf("%-28s p50 %7.2f ms  p99 %7.2f ms  max %7.2f ms  (n %zu)\n", name, at(0.5),
                at(0.99), times.back(), times.size());
}

std::string read_file(const char* path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

double heap_mb() {
    const auto info = mallinfo2();
    return static_cast<double>(info.uordblks + info.hblkhd) / 1e6;
}

/// Heap held by Documents (and their analyses) of the drafts, all alive at once.
int memory(int argc, char** argv) {
    std::vector<std::shared_ptr<const Document>> documents;
    std::vector<Analysis> analyses;
    (void)analyze(*Document::build(Text(std::string("Warm up.")), DocumentFormat::Markdown));
    const double before = heap_mb();
    std::size_t bytes = 0, tokens = 0, sentences = 0, blocks = 0, diagnostics = 0;
    for (int i = 2; i < argc; ++i) {
        std::string text = read_file(argv[i]);
        bytes += text.size();
        documents.push_back(Document::build(Text(std::move(text)), DocumentFormat::Markdown));
        tokens += documents.back()->tokens().size();
        sentences += documents.back()->sentences().size();
        blocks += documents.back()->blocks().size();
        analyses.push_back(analyze(*documents.back()));
        diagnostics += analyses.back().diagnostics.size();
    }
    std::printf(
        "%zu drafts, %.1f MB text, %zu blocks, %zu sentences, %zu tokens, %zu diagnostics\n",
        documents.size(), static_cast<double>(bytes) / 1e6, blocks, sentences, tokens, diagnostics);
    std::printf("heap in use: %.1f MB (%.1f MB before)\n", heap_mb() - before, before);
    analyses.clear();
    std::printf("without the analyses: %.1f MB\n", heap_mb() - before);
    return 0;
}

} // namespace

int main(int argc, char** argv) {
    if (argc > 1 && std::string(argv[1]) == "--memory")
        return memory(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: incremental_latency DRAFT.md [EDITS]\n");
        return 2;
    }
    std::ifstream in(argv[1], std::ios::binary);
    std::string content{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    const int edits = argc > 2 ? std::atoi(argv[2]) : 200;

    Text text(content);
    auto start = Clock::now();
    std::shared_ptr<const Document> document = Document::build(text, DocumentFormat::Markdown);
    std::printf("fresh build: %.2f ms, %zu bytes\n", ms_since(start), content.size());
    start = Clock::now();
    (void)analyze(*document, {});
    std::printf("fresh analyze: %.2f ms\n", ms_since(start));

    std::mt19937 random(10000);
    std::map<std::string, std::vector<double>> stages;
    for (int i = 0; i < edits; ++i) {
        auto t0 = Clock::now();
        Text edited = text;
        const LineNumber line{
            std::uniform_int_distribution<std::uint32_t>(0, text.line_count() - 1)(random)};
        const std::uint32_t length = text.line_end(line).value - text.line_start(line).value;
        const Position at{line, std::uniform_int_distribution<std::uint32_t>(
                                    0, std::min<std::uint32_t>(length, 40))(random)};
        const auto edit = edited.replace({at, at}, "e", PositionEncoding::Utf8);
        stages["text copy+replace"].push_back(ms_since(t0));
        auto t1 = Clock::now();
        auto next =
            Document::build(edited, DocumentFormat::Markdown, document.get(), std::span(&*edit, 1));
        stages["Document::build"].push_back(ms_since(t1));
        const char* path = next->block_parsing() == BlockParsing::EditedTree  ? "block tree edited"
                           : next->block_parsing() == BlockParsing::FlatProse ? "flat prose read"
                                                                              : "blocks parsed";
        stages[std::string("build (") + path + ")"].push_back(stages["Document::build"].back());
        if (std::getenv("PARALLAX_LATENCY_VERBOSE") != nullptr) {
            std::printf("edit %d at %u:%u: %s\n", i, line.value, at.character, path);
        }
        for (const auto& plugin : PluginRegistry::instance().plugins()) {
            auto t = Clock::now();
            NullReporter reporter;
            plugin->check(*next, Options{}, reporter);
            stages["check " + std::string(plugin->id())].push_back(ms_since(t));
        }
        auto t2 = Clock::now();
        (void)analyze(*next, {});
        stages["analyze"].push_back(ms_since(t2));
        stages["build + analyze"].push_back(stages["Document::build"].back() +
                                            stages["analyze"].back());
        text = std::move(edited);
        document = std::move(next);
    }
    for (const auto& [name, times] : stages)
        print(name.c_str(), times);
    return 0;
}

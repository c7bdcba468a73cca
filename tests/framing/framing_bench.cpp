// Times the framing plugin on 100 KB and 1 MB drafts built from real articles, to show that its
// cost grows linearly with draft length: the first check, and the best of ten more in CPU time
// (steadier on a shared machine). Not run by ctest:
//
//     framing_bench DIR   (a folder of .txt articles, e.g. ../shared/bench/attribution/text)

#include "parallax/framing/framing_plugin.h"

#include <algorithm>
#include <chrono>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

namespace {

class CountingReporter final : public parallax::Reporter {
public:
    void report(parallax::Diagnostic) override { ++count; }
    std::size_t count = 0;
};

std::string read_articles(const std::filesystem::path& dir) {
    std::vector<std::filesystem::path> files;
    for (const auto& entry : std::filesystem::directory_iterator(dir)) {
        if (entry.path().extension() == ".txt") {
            files.push_back(entry.path());
        }
    }
    std::sort(files.begin(), files.end());
    std::string all;
    for (const auto& file : files) {
        std::ifstream in(file);
        std::ostringstream text;
        text << in.rdbuf();
        all += text.str();
        all += "\n\n";
    }
    return all;
}

/// The first `size` bytes of `text`, cut at a paragraph break.
std::string draft_of(const std::string& text, std::size_t size) {
    const std::size_t cut = text.rfind("\n\n", size);
    return text.substr(0, cut == std::string::npos ? size : cut);
}

double seconds_since(std::chrono::steady_clock::time_point start) {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

/// This thread's CPU time in seconds: on a shared machine, what the work costs rather than how
/// long it waited for a core.
double cpu_seconds() {
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_nsec) / 1e9;
}

} // namespace

int main(int argc, char** argv) {
    if (argc != 2) {
        std::cerr << "usage: framing_bench DIR_OF_TXT_ARTICLES\n";
        return 2;
    }
    const std::string text = read_articles(argv[1]);
    const parallax::framing::FramingPlugin plugin;
    for (std::size_t size : {std::size_t{100} * 1024, std::size_t{1024} * 1024}) {
        if (text.size() < size) {
            std::cerr << "not enough text for " << size << " bytes (have " << text.size() << ")\n";
            return 1;
        }
        const std::string draft = draft_of(text, size);
        auto start = std::chrono::steady_clock::now();
        const auto document =
            parallax::Document::build(parallax::Text(draft), parallax::DocumentFormat::PlainText);
        const double build = seconds_since(start);
        CountingReporter reporter;
        start = std::chrono::steady_clock::now();
        plugin.check(*document, parallax::Options{}, reporter);
        const double check = seconds_since(start);
        // The first check pays for loading the lexicons; the best of a few more is its cost.
        constexpr int kRuns = 10;
        double best = check;
        for (int run = 0; run < kRuns; ++run) {
            CountingReporter again;
            const double cpu = cpu_seconds();
            plugin.check(*document, parallax::Options{}, again);
            best = std::min(best, cpu_seconds() - cpu);
        }
        std::cout << draft.size() << " bytes, " << document->sentences().size()
                  << " sentences: document " << build * 1000 << " ms, framing " << check * 1000
                  << " ms (best of " << kRuns << ", CPU time: " << best * 1000 << " ms), "
                  << reporter.count << " findings\n";
    }
    return 0;
}

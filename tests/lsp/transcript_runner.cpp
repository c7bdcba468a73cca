// Runs one JSON-RPC transcript against a language server process.
//
//     lsp_transcript_runner TRANSCRIPT -- SERVER [ARGS...]
//
// A transcript is a readable file of what the client sends and what it expects back:
//
//     # a comment
//     --> {"jsonrpc":"2.0","id":1,"method":"initialize","params":{}}     sent, framed
//     <-- {"id":1,"result":{"capabilities":{"positionEncoding":"utf-16"}}} expected
//     -->! {"jsonrpc":"2.0", broken                                       framed, but no JSON check
//     -->~ Content-Length: x\r\n\r\n                                     raw bytes (\r \n
//     \\ unescaped)
//     -->* 1000 {"jsonrpc":"2.0","method":"…","params":{"version":${I}}}    sent 1000 times,
//     "${I}" counting from 1: a flood, written without reading any reply
//     <-/ {"method":"textDocument/publishDiagnostics","params":{"version":1}}   must never arrive
//     == exit 1                                                           expected exit status
//     == file notes/.parallax.json {"rules": {}}\n                       writes a file (\r \n
//     \\ unescaped) into the workspace, at this point of the transcript
//     == remove notes/.parallax.json                                       deletes it
//
// "${REPEAT:N:TEXT}" anywhere stands for TEXT (without "}") N times: large messages and drafts
// without large files.
//
// Each run gets a fresh, empty workspace folder: "${WORKSPACE}" anywhere in the transcript is
// its absolute path (so "file://${WORKSPACE}/a.md" is a uri in it). The server runs with
// XDG_CONFIG_HOME inside it, so that no user configuration of the machine leaks in. The
// folder is removed at the end.
//
// A message may continue on the following lines (until the next marker, comment or blank line).
// Expected messages are matched in order as JSON subsets: objects by the keys the expectation
// names, arrays element by element (or, when the last element is "...", as a subsequence of
// the actual array), "<any>" matches any value, "<contains:TEXT>" a string holding TEXT. While
// waiting for an expected message, notifications that do not match are skipped (window/logMessage,
// or diagnostics the transcript does not care about); a response that does not match fails the
// test, since responses arrive in request order. At the end every request must have been answered
// exactly once, and the server must exit with the expected status (0 by default) on its own.

#include "parallax/protocol/framing.h"

#include <nlohmann/json.hpp>

#include <cerrno>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include <poll.h>
#include <sys/wait.h>
#include <unistd.h>

namespace {

using nlohmann::json;
using Clock = std::chrono::steady_clock;

constexpr auto kTimeout = std::chrono::seconds(20);

enum class StepKind {
    Send,
    SendMany,
    SendPayload,
    SendBytes,
    Expect,
    Never,
    Exit,
    WriteFile,
    RemoveFile
};

struct Step {
    StepKind kind;
    std::string text;
    int line = 0;
};

/// "\\r", "\\n" and "\\\\" as the bytes they name.
std::string unescape(std::string_view text) {
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '\\' && i + 1 < text.size()) {
            char c = text[++i];
            out += c == 'r' ? '\r' : c == 'n' ? '\n' : c;
        } else {
            out += text[i];
        }
    }
    return out;
}

std::vector<Step> parse_transcript(std::istream& in) {
    std::vector<Step> steps;
    std::string line;
    int number = 0;
    bool open = false; // the last step may continue on the next line
    while (std::getline(in, line)) {
        ++number;
        if (!line.empty() && line.back() == '\r')
            line.pop_back();
        auto starts = [&](std::string_view prefix) { return line.rfind(prefix, 0) == 0; };
        if (line.empty() || starts("#")) {
            open = false;
        } else if (starts("-->!")) {
            steps.push_back({StepKind::SendPayload, line.substr(5), number});
            open = false; // raw payloads are one line
        } else if (starts("-->*")) {
            steps.push_back({StepKind::SendMany, line.substr(5), number});
            open = false;
        } else if (starts("-->~")) {
            steps.push_back({StepKind::SendBytes, unescape(line.substr(5)), number});
            open = false;
        } else if (starts("-->")) {
            steps.push_back({StepKind::Send, line.substr(3), number});
            open = true;
        } else if (starts("<--")) {
            steps.push_back({StepKind::Expect, line.substr(3), number});
            open = true;
        } else if (starts("<-/")) {
            steps.push_back({StepKind::Never, line.substr(3), number});
            open = true;
        } else if (starts("== exit")) {
            steps.push_back({StepKind::Exit, line.substr(7), number});
            open = false;
        } else if (starts("== file ")) {
            steps.push_back({StepKind::WriteFile, line.substr(8), number});
            open = false;
        } else if (starts("== remove ")) {
            steps.push_back({StepKind::RemoveFile, line.substr(10), number});
            open = false;
        } else if (open) {
            steps.back().text += "\n" + line;
        } else {
            throw std::runtime_error("line " + std::to_string(number) + ": unrecognised: " + line);
        }
    }
    return steps;
}

/// Whether `actual` contains `expected` (see the file comment).
bool matches(const json& expected, const json& actual) {
    if (expected.is_string() && expected.get<std::string>() == "<any>")
        return true;
    // "<contains:TEXT>" matches a string holding TEXT.
    if (expected.is_string() && expected.get<std::string>().starts_with("<contains:")) {
        const std::string& pattern = expected.get_ref<const std::string&>();
        const std::string needle = pattern.substr(10, pattern.size() - 11);
        return actual.is_string() &&
               actual.get_ref<const std::string&>().find(needle) != std::string::npos;
    }
    if (expected.is_object()) {
        if (!actual.is_object())
            return false;
        for (const auto& [key, value] : expected.items()) {
            auto it = actual.find(key);
            if (it == actual.end() || !matches(value, *it))
                return false;
        }
        return true;
    }
    if (expected.is_array()) {
        if (!actual.is_array())
            return false;
        if (!expected.empty() && expected.back() == "...") {
            // A subsequence: each expected element matches a later actual element.
            std::size_t next = 0;
            for (std::size_t i = 0; i + 1 < expected.size(); ++i) {
                while (next < actual.size() && !matches(expected[i], actual[next]))
                    ++next;
                if (next == actual.size())
                    return false;
                ++next;
            }
            return true;
        }
        if (actual.size() != expected.size())
            return false;
        for (std::size_t i = 0; i < expected.size(); ++i) {
            if (!matches(expected[i], actual[i]))
                return false;
        }
        return true;
    }
    if (expected.is_number() && actual.is_number())
        return expected.get<double>() == actual.get<double>();
    return expected == actual;
}

/// Replaces every "${WORKSPACE}" in `text`.
std::string with_workspace(std::string text, const std::string& workspace) {
    static constexpr std::string_view kVariable = "${WORKSPACE}";
    for (auto at = text.find(kVariable); at != std::string::npos;
         at = text.find(kVariable, at + workspace.size()))
        text.replace(at, kVariable.size(), workspace);
    return text;
}

/// Replaces every "${REPEAT:N:TEXT}" in `text` with TEXT repeated N times.
std::string with_repeats(std::string text) {
    static constexpr std::string_view kOpen = "${REPEAT:";
    for (auto at = text.find(kOpen); at != std::string::npos; at = text.find(kOpen, at)) {
        const auto colon = text.find(':', at + kOpen.size());
        const auto close = text.find('}', at);
        if (colon == std::string::npos || close == std::string::npos || close < colon)
            throw std::runtime_error("malformed ${REPEAT:N:TEXT} in: " + text.substr(at, 40));
        const std::size_t count =
            std::stoul(text.substr(at + kOpen.size(), colon - at - kOpen.size()));
        const std::string unit = text.substr(colon + 1, close - colon - 1);
        std::string repeated;
        repeated.reserve(unit.size() * count);
        for (std::size_t i = 0; i < count; ++i)
            repeated += unit;
        text.replace(at, close + 1 - at, repeated);
        at += repeated.size();
    }
    return text;
}

/// A fresh folder under $TMPDIR (or /tmp), removed with everything in it when done.
class Workspace {
public:
    Workspace() {
        const char* tmp = std::getenv("TMPDIR");
        std::string pattern = std::string(tmp != nullptr && *tmp != '\0' ? tmp : "/tmp") +
                              "/parallax-transcript-XXXXXX";
        if (mkdtemp(pattern.data()) == nullptr)
            throw std::runtime_error(std::string("mkdtemp: ") + std::strerror(errno));
        path_ = std::filesystem::canonical(pattern);
    }
    ~Workspace() {
        std::error_code ignored;
        std::filesystem::remove_all(path_, ignored);
    }
    Workspace(const Workspace&) = delete;
    Workspace& operator=(const Workspace&) = delete;

    const std::filesystem::path& path() const { return path_; }

    /// "RELATIVE CONTENT": writes CONTENT (escapes undone) to RELATIVE, creating folders.
    void write(const std::string& spec) const {
        const auto space = spec.find(' ');
        const std::filesystem::path file = inside(spec.substr(0, space));
        std::filesystem::create_directories(file.parent_path());
        std::ofstream out(file, std::ios::binary | std::ios::trunc);
        out << (space == std::string::npos ? std::string() : unescape(spec.substr(space + 1)));
        if (!out)
            throw std::runtime_error("cannot write " + file.string());
    }

    void remove(const std::string& relative) const { std::filesystem::remove(inside(relative)); }

private:
    std::filesystem::path inside(const std::string& relative) const {
        if (relative.empty() || relative.front() == '/' || relative.find("..") != std::string::npos)
            throw std::runtime_error("workspace files are named relative to it: " + relative);
        return path_ / relative;
    }

    std::filesystem::path path_;
};

class ServerProcess {
public:
    ServerProcess(const std::vector<std::string>& argv, const std::filesystem::path& workspace) {
        int to_child[2];
        int from_child[2];
        if (pipe(to_child) != 0 || pipe(from_child) != 0)
            throw std::runtime_error(std::string("pipe: ") + std::strerror(errno));
        pid_ = fork();
        if (pid_ < 0)
            throw std::runtime_error(std::string("fork: ") + std::strerror(errno));
        if (pid_ == 0) {
            dup2(to_child[0], STDIN_FILENO);
            dup2(from_child[1], STDOUT_FILENO);
            close(to_child[0]);
            close(to_child[1]);
            close(from_child[0]);
            close(from_child[1]);
            const std::string config_home = (workspace / ".config").string();
            setenv("XDG_CONFIG_HOME", config_home.c_str(), 1);
            std::vector<char*> args;
            for (const auto& a : argv)
                args.push_back(const_cast<char*>(a.c_str()));
            args.push_back(nullptr);
            execv(args[0], args.data());
            std::perror("execv");
            _exit(127);
        }
        close(to_child[0]);
        close(from_child[1]);
        in_ = to_child[1];
        out_ = from_child[0];
    }

    ~ServerProcess() {
        close_input();
        if (out_ >= 0)
            close(out_);
        if (pid_ > 0 && !status_) {
            kill(pid_, SIGKILL);
            waitpid(pid_, nullptr, 0);
        }
    }

    void send(std::string_view bytes) {
        while (!bytes.empty()) {
            ssize_t n = write(in_, bytes.data(), bytes.size());
            if (n < 0) {
                if (errno == EINTR)
                    continue;
                throw std::runtime_error(std::string("write to server: ") + std::strerror(errno));
            }
            bytes.remove_prefix(static_cast<std::size_t>(n));
        }
    }

    void close_input() {
        if (in_ >= 0)
            close(in_);
        in_ = -1;
    }

    /// The next message, or std::nullopt at end of output or timeout (`timed_out` says which).
    std::optional<json> receive(Clock::time_point deadline, bool& timed_out) {
        timed_out = false;
        while (true) {
            if (auto event = reader_.next()) {
                if (auto* payload = std::get_if<std::string>(&*event))
                    return json::parse(*payload);
                throw std::runtime_error("bad frame from server: " +
                                         std::get<parallax::protocol::FrameError>(*event).message);
            }
            if (eof_)
                return std::nullopt;
            auto left =
                std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now());
            if (left.count() <= 0) {
                timed_out = true;
                return std::nullopt;
            }
            pollfd fd{out_, POLLIN, 0};
            int ready = poll(&fd, 1, static_cast<int>(left.count()));
            if (ready < 0 && errno == EINTR)
                continue;
            if (ready <= 0)
                continue;
            char buffer[65536];
            ssize_t n = read(out_, buffer, sizeof buffer);
            if (n < 0 && errno == EINTR)
                continue;
            if (n <= 0) {
                eof_ = true;
                continue;
            }
            reader_.feed(std::string_view(buffer, static_cast<std::size_t>(n)));
        }
    }

    /// The exit status, waiting until the deadline; std::nullopt on timeout.
    std::optional<int> wait(Clock::time_point deadline) {
        while (!status_) {
            int raw = 0;
            pid_t r = waitpid(pid_, &raw, WNOHANG);
            if (r == pid_) {
                status_ = WIFEXITED(raw) ? WEXITSTATUS(raw) : 128 + WTERMSIG(raw);
                break;
            }
            if (Clock::now() > deadline)
                return std::nullopt;
            usleep(10'000);
        }
        return status_;
    }

private:
    pid_t pid_ = -1;
    int in_ = -1;
    int out_ = -1;
    bool eof_ = false;
    std::optional<int> status_;
    parallax::protocol::FrameReader reader_;
};

std::string key_of(const json& id) {
    return id.dump();
}

int run(const std::string& path, const std::vector<std::string>& server) {
    std::ifstream file(path);
    if (!file)
        throw std::runtime_error("cannot read " + path);
    std::vector<Step> steps = parse_transcript(file);
    const Workspace workspace;
    for (Step& step : steps)
        step.text = with_repeats(with_workspace(std::move(step.text), workspace.path().string()));

    ServerProcess process(server, workspace.path());
    std::vector<json> received;               // everything, for the final checks
    std::map<std::string, int> requests;      // id -> line of the request
    std::vector<std::pair<json, int>> nevers; // patterns that must not arrive
    int expected_status = 0;
    int failures = 0;
    auto fail = [&](int line, const std::string& message) {
        std::cerr << path << ":" << line << ": " << message << "\n";
        ++failures;
    };

    for (const Step& step : steps) {
        if (failures > 0)
            break;
        switch (step.kind) {
        case StepKind::SendPayload:
            process.send(parallax::protocol::encode_frame(step.text));
            break;
        case StepKind::SendBytes:
            process.send(step.text);
            break;
        case StepKind::SendMany: {
            const auto space = step.text.find(' ');
            const int count = std::stoi(step.text.substr(0, space));
            const std::string message = step.text.substr(space + 1);
            for (int i = 1; i <= count; ++i) {
                std::string text = message;
                for (auto at = text.find("${I}"); at != std::string::npos; at = text.find("${I}"))
                    text.replace(at, 4, std::to_string(i));
                process.send(parallax::protocol::encode_frame(json::parse(text).dump()));
            }
            break;
        }
        case StepKind::Send: {
            json message = json::parse(step.text);
            if (message.contains("id") && message.contains("method"))
                requests[key_of(message["id"])] = step.line;
            process.send(parallax::protocol::encode_frame(message.dump()));
            break;
        }
        case StepKind::Never:
            nevers.emplace_back(json::parse(step.text), step.line);
            break;
        case StepKind::Exit:
            expected_status = std::stoi(step.text);
            break;
        case StepKind::WriteFile:
            workspace.write(step.text);
            break;
        case StepKind::RemoveFile:
            workspace.remove(step.text);
            break;
        case StepKind::Expect: {
            json expected = json::parse(step.text);
            const auto deadline = Clock::now() + kTimeout;
            while (true) {
                bool timed_out = false;
                std::optional<json> message = process.receive(deadline, timed_out);
                if (!message) {
                    fail(step.line, std::string(timed_out ? "timed out" : "server output ended") +
                                        " waiting for " + expected.dump());
                    break;
                }
                received.push_back(*message);
                if (matches(expected, *message))
                    break;
                if (message->contains("id") && !message->contains("method")) {
                    fail(step.line,
                         "expected " + expected.dump() + "\n  got response " + message->dump());
                    break;
                }
                // An unexpected notification: skipped.
            }
            break;
        }
        }
    }

    if (failures == 0) {
        // The rest of the output, until the server exits by itself.
        const auto deadline = Clock::now() + kTimeout;
        while (true) {
            bool timed_out = false;
            std::optional<json> message = process.receive(deadline, timed_out);
            if (!message) {
                if (timed_out)
                    fail(steps.empty() ? 0 : steps.back().line, "server did not close its output");
                break;
            }
            received.push_back(*message);
        }
        std::optional<int> status = process.wait(Clock::now() + kTimeout);
        if (!status)
            fail(steps.empty() ? 0 : steps.back().line, "server did not exit");
        else if (*status != expected_status)
            fail(steps.empty() ? 0 : steps.back().line, "exit status " + std::to_string(*status) +
                                                            ", expected " +
                                                            std::to_string(expected_status));
    }

    // Every request answered exactly once; nothing that must never arrive.
    std::map<std::string, int> replies;
    for (const json& message : received) {
        if (message.contains("id") && !message.contains("method"))
            ++replies[key_of(message["id"])];
        for (const auto& [pattern, line] : nevers) {
            if (matches(pattern, message))
                fail(line, "received a message that must not arrive: " + message.dump());
        }
    }
    if (failures == 0) {
        for (const auto& [id, line] : requests) {
            if (replies[id] != 1)
                fail(line, "request " + id + " got " + std::to_string(replies[id]) + " replies");
        }
    }
    if (failures > 0) {
        std::cerr << "received:\n";
        for (const json& message : received)
            std::cerr << "  " << message.dump() << "\n";
    }
    return failures == 0 ? 0 : 1;
}

} // namespace

int main(int argc, char** argv) {
    std::signal(SIGPIPE, SIG_IGN);
    std::vector<std::string> args(argv + 1, argv + argc);
    if (args.size() < 3 || args[1] != "--") {
        std::cerr << "usage: lsp_transcript_runner TRANSCRIPT -- SERVER [ARGS...]\n";
        return 2;
    }
    try {
        return run(args[0], std::vector<std::string>(args.begin() + 2, args.end()));
    } catch (const std::exception& e) {
        std::cerr << args[0] << ": " << e.what() << "\n";
        return 1;
    }
}

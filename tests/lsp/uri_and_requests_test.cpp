// file:// URIs, client capabilities, and the bookkeeping of server-to-client requests.
#include "client_requests.h"
#include "client_support.h"
#include "uri.h"

#include <gtest/gtest.h>

namespace parallax::lsp {
namespace {

using nlohmann::json;

TEST(Uri, PathsRoundTripWithPercentEncoding) {
    EXPECT_EQ(path_from_uri("file:///home/a/My%20Draft.md"), "/home/a/My Draft.md");
    EXPECT_EQ(path_from_uri("file://localhost/x%3Ay.md"), "/x:y.md");
    EXPECT_EQ(uri_from_path("/home/a/My Draft #1.md"), "file:///home/a/My%20Draft%20%231.md");
    EXPECT_EQ(path_from_uri(uri_from_path("/tmp/\xc3\xa9t\xc3\xa9 100%.md")),
              "/tmp/\xc3\xa9t\xc3\xa9 100%.md");
}

TEST(Uri, OtherSchemesAndBadEscapesHaveNoPath) {
    EXPECT_FALSE(path_from_uri("untitled:Untitled-1"));
    EXPECT_FALSE(path_from_uri("file://server/share/a.md"));
    EXPECT_FALSE(path_from_uri("file:///a%2"));
    EXPECT_FALSE(path_from_uri("file:///a%zz"));
}

TEST(ClientSupport, ReadsWhatTheClientDeclares) {
    const json capabilities = {{"textDocument",
                                {{"diagnostic", json::object()},
                                 {"codeAction", {{"resolveSupport", {{"properties", {"edit"}}}}}}}},
                               {"workspace",
                                {{"configuration", true},
                                 {"diagnostics", {{"refreshSupport", true}}},
                                 {"didChangeWatchedFiles", {{"dynamicRegistration", true}}}}},
                               {"window", {{"workDoneProgress", true}}}};
    const ClientSupport support = ClientSupport::from_capabilities(capabilities);
    EXPECT_TRUE(support.pull_diagnostics);
    EXPECT_TRUE(support.diagnostic_refresh);
    EXPECT_TRUE(support.configuration);
    EXPECT_TRUE(support.work_done_progress);
    EXPECT_TRUE(support.watched_files_registration);
    EXPECT_TRUE(support.code_action_resolve);
}

TEST(ClientSupport, MissingOrMalformedMeansUnsupported) {
    const ClientSupport support = ClientSupport::from_capabilities(
        {{"textDocument", 3}, {"workspace", {{"configuration", "yes"}}}});
    EXPECT_FALSE(support.pull_diagnostics);
    EXPECT_FALSE(support.configuration);
    EXPECT_FALSE(support.code_action_resolve);
}

TEST(WorkspaceFolders, FoldersThenRootUriThenRootPath) {
    EXPECT_EQ(workspace_folder_uris({{"workspaceFolders", {{{"uri", "file:///a"}, {"name", "a"}}}},
                                     {"rootUri", "file:///b"}}),
              std::vector<std::string>{"file:///a"});
    EXPECT_EQ(workspace_folder_uris({{"workspaceFolders", nullptr}, {"rootUri", "file:///b"}}),
              std::vector<std::string>{"file:///b"});
    EXPECT_EQ(workspace_folder_uris({{"rootUri", nullptr}, {"rootPath", "/c d"}}),
              std::vector<std::string>{"file:///c%20d"});
    EXPECT_TRUE(workspace_folder_uris(json::object()).empty());
}

TEST(ClientRequests, EachResponseReachesItsHandlerOnce) {
    ClientRequests requests;
    std::vector<std::string> seen;
    const json first = json::parse(
        requests.start("workspace/configuration", {{"items", json::array()}},
                       [&](ClientResponse r) { seen.push_back(std::get<json>(r).dump()); }));
    const json second =
        json::parse(requests.start("client/registerCapability", nullptr, [&](ClientResponse r) {
            seen.push_back(std::get<protocol::ResponseError>(r).message);
        }));
    EXPECT_EQ(first["method"], "workspace/configuration");
    EXPECT_FALSE(second.contains("params"));
    EXPECT_NE(first["id"], second["id"]);
    EXPECT_EQ(requests.waiting(), 2u);

    const std::string first_id = first["id"].get<std::string>();
    EXPECT_TRUE(requests.finish({first_id, json::array({1}), std::nullopt}));
    EXPECT_FALSE(requests.finish({first_id, json::array({1}), std::nullopt})); // answered already
    EXPECT_FALSE(requests.finish({std::int64_t{7}, nullptr, std::nullopt}));   // never sent
    requests.fail_all("bye");
    EXPECT_EQ(seen, (std::vector<std::string>{"[1]", "bye"}));
    EXPECT_EQ(requests.waiting(), 0u);
}

} // namespace
} // namespace parallax::lsp

#!/usr/bin/env python3
"""Writes the hand-made seed corpora under tests/fuzz/corpus/<target>/ (run from anywhere).

The seeds are committed; run this again only to change them. Inputs follow each target's
layout (see the comment at the top of each fuzz_*.cpp)."""
import json
import pathlib
import struct

HERE = pathlib.Path(__file__).resolve().parent
REPO = HERE.parent.parent
CORPUS = HERE / "corpus"


def write(target, name, data):
    folder = CORPUS / target
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_bytes(data if isinstance(data, bytes) else data.encode())


def frame(payload: bytes) -> bytes:
    return b"Content-Length: %d\r\n\r\n" % len(payload) + payload


def jsonrpc_seeds():
    for transcript in sorted((REPO / "tests/lsp/transcripts").glob("*.jsonrpc")):
        sent = [line[4:].encode() for line in transcript.read_text().splitlines()
                if line.startswith("--> ")]
        # mode 0x00: a raw, correctly framed stream, fed at once.
        write("fuzz_jsonrpc", transcript.stem + ".raw", b"\x00" + b"".join(frame(m) for m in sent))
        # mode 0x01: NUL-separated payloads, framed by the harness.
        write("fuzz_jsonrpc", transcript.stem + ".split", b"\x01" + b"\x00".join(sent))
    # Already initialized (bit 1), fed 3 bytes at a time (bits 2-7 = 3): edits in UTF-16.
    messages = [
        {"jsonrpc": "2.0", "method": "textDocument/didOpen", "params": {"textDocument": {
            "uri": "file:///a.md", "languageId": "markdown", "version": 1,
            "text": "# Kiev\n\nCritics say the regime \U0001F600 is isolated.\r\n"}}},
        {"jsonrpc": "2.0", "method": "textDocument/didChange", "params": {
            "textDocument": {"uri": "file:///a.md", "version": 2},
            "contentChanges": [{"range": {"start": {"line": 2, "character": 25},
                                          "end": {"line": 2, "character": 27}}, "text": "é"}]}},
        {"jsonrpc": "2.0", "id": 7, "method": "textDocument/hover", "params": {
            "textDocument": {"uri": "file:///a.md"}, "position": {"line": 2, "character": 3}}},
        {"jsonrpc": "2.0", "id": 8, "method": "textDocument/diagnostic", "params": {
            "textDocument": {"uri": "file:///a.md"}}},
        {"jsonrpc": "2.0", "id": 9, "method": "shutdown"},
        {"jsonrpc": "2.0", "method": "exit"},
    ]
    payloads = b"\x00".join(json.dumps(m, ensure_ascii=False).encode() for m in messages)
    write("fuzz_jsonrpc", "edit-hover-diagnostic.split", bytes([0x01 | 0x02 | (3 << 2)]) + payloads)
    # Framing oddities, raw.
    write("fuzz_jsonrpc", "framing-oddities.raw",
          b"\x00content-length: 2\r\nContent-Type: x\r\n\r\n{}"
          b"Content-Length: 99999\r\n\r\n{}garbage\r\n\r\nContent-Length: -1\r\n\r\n"
          b"Content-Length: 4\n\n null")


def text_seeds():
    # FuzzedDataProvider: ConsumeBool and the integers come from the end of the input, strings
    # from the front (a string ends at a backslash followed by another character).
    def seed(encoding_utf8, text, edits):
        tail = b""
        front = text.encode("utf-8", "surrogatepass") if isinstance(text, str) else text
        front += b"\\ "
        for replacement, ints in edits:
            front += replacement.encode() + b"\\ "
            tail = bytes(ints) + tail
        return front + tail + bytes([1 if encoding_utf8 else 0])
    write("fuzz_text", "ascii-lines", seed(False, "one\ntwo\nthree", [("X", [1, 2, 1, 3])]))
    write("fuzz_text", "emoji-utf16", seed(False, "a\U0001F600b\nc\u0301d", [("\U0001F30D", [0, 2, 0, 1])]))
    write("fuzz_text", "emoji-utf8", seed(True, "a\U0001F600b\nc\u0301d", [("", [0, 5, 0, 1])]))
    write("fuzz_text", "crlf", seed(False, "first\r\nsecond\r\n\r\nlast", [("\r\n", [0, 9, 1, 0])]))
    write("fuzz_text", "invalid-utf8", seed(True, b"ok\xff\xfe\xc3(\xe2\x82\nx\xf0\x9f", [("z", [1, 0, 0, 1])]))


DRAFTS = {
    "front-matter-code-html.md": "---\ntitle: Test\nparallax:\n  rules: {}\n---\n# Title\n\n"
        "Critics say the move is \u201cprovocative\u201d.\n\n```cpp\nint x;\n```\n\n<div>html</div>\n\n"
        "Inline `code` and a [link](https://example.org \"t\") and a footnote.[^1]\n\n[^1]: IISS, 2024.\n",
    "lists-quotes-tables.md": "## Region\n\n- Beijing says the region is united.\n- Many within "
        "the region disagree (IISS, 2024) [3].\n  1. nested\n\n> Officials in Tokyo said on Monday "
        "that \u201cnothing changed\u201d.\n\n| country | view |\n|---|---|\n| Japan | wary |\n",
    "plain.txt": "Why Asia-Pacific matters\n\nDr. Smith said U.S. officials were wrong. Critics "
        "say the regime in Kiev is isolated.\r\nThe region is at a critical juncture.\n",
    "unclosed.md": "# *emphasis\n\n[broken](\n\n```\nnever closed\n\n<!-- comment\n\n**bold",
    "emoji-crlf.md": "# \U0001F600 Title\r\n\r\nCafe\u0301 owners in Ha\u0300 No\u0323i say "
        "prices rose 40%.\r\n",
    # Flat prose, read line by line (and compared with the block grammar's parse).
    "flat-prose.md": "# Pacific partners\n\nCritics say the move is \u201cprovocative\u201d, "
        "[the report](https://example.org) says.\n\n2. Marco Rubio (1.)\nlazy line\n3. Next\n\n"
        "___.\n\n<tweet id=\"1\">BREAKING: text</tweet>.\n\n* * *\n\n~ A sign-off\n",
    "flat-prose-edges.md": "-based *emphasis* #hashtag\n    indented line\n2. goes on\n# Heading\n"
        "Text\t \n\n1990s and 2.5 percent\n\n- item\n- item\n\nend without a line end  ",
}


def document_seeds():
    def seed(plain, draft, inserted="Kyiv"):
        # front: inserted text, then the draft; end: edit length, edit start (u16), format.
        return inserted.encode() + b"\\ " + draft.encode() + bytes([5, 0, 30, 1 if plain else 0])
    for name, draft in DRAFTS.items():
        write("fuzz_document", name, seed(name.endswith(".txt"), draft))
    for example in sorted((REPO / "examples").glob("*.md")):
        write("fuzz_document", example.name, seed(False, example.read_text()))


def jsonc_seeds():
    write("fuzz_jsonc", "config.jsonc", '{\n  // comment\n  "root": true,\n  "rules": {"claims": '
          '"off", "framing/stock-phrase": {"severity": "hint"},},\n  /* block */ "overrides": '
          '[{"files": ["*.txt"], "rules": {}}],\n}\n')
    write("fuzz_jsonc", "escapes.jsonc", '\ufeff["\\u00e9\\ud83d\\ude00", -0.5e-3, 1e400, null, '
          'false, {"a": {"b": [[[]]]}}]')
    write("fuzz_jsonc", "errors.jsonc", '{"a": 1, "a": 2, /* unterminated')
    write("fuzz_jsonc", "geopolitical-naming.json",
          (REPO / "plugins/rulepacks/packs/geopolitical-naming.json").read_text())


def rule_pack_seeds():
    rules = [
        {"id": "crossroads", "kind": "repetition", "max": 2, "tokens": ["at a crossroads"],
         "ignore_case": True},
        {"id": "regime", "kind": "repetition", "max": 1, "tokens": ["regime"],
         "patterns": ["\\bjunta\\b"], "message": "{match}: {count} > {max}"},
        {"id": "sahel-voices", "kind": "required-voices",
         "topic": {"tokens": ["Sahel", "Wagner"]}, "regions": ["Western Africa"]},
        {"id": "ecowas", "kind": "required-voices", "topic": {"tokens": ["ECOWAS"]},
         "countries": ["NG", "GH", "SN"], "min": 2},
        {"id": "kyiv", "kind": "substitution", "severity": "warning", "swap": {"Kiev": "Kyiv"},
         "exceptions": ["chicken Kiev"]},
        {"id": "burma", "kind": "existence", "once": True, "tokens": ["Burma", "Myanmar"],
         "message": "{match}"},
    ]
    write("fuzz_rule_pack", "every-kind.json",
          "// house rules\n" + json.dumps({"name": "house", "rules": rules}, indent=1))
    write("fuzz_rule_pack", "geopolitical-naming.json",
          (REPO / "plugins/rulepacks/packs/geopolitical-naming.json").read_text())
    write("fuzz_rule_pack", "bad-pattern.json",
          '{"name": "x", "rules": [{"id": "a", "kind": "existence", "patterns": ["(a+)+$", "(?<=x)"]}]}')


if __name__ == "__main__":
    jsonrpc_seeds()
    text_seeds()
    document_seeds()
    jsonc_seeds()
    rule_pack_seeds()

#!/usr/bin/env python3
"""The whole-binary benchmark of issue 9: throughput, edit-to-diagnostics latency, memory and
start-up of `parallax`, with write-good and harper.js side by side, against the targets.

    tests/bench/run_bench.py --parallax build/bench/parallax --shared ../shared [--work DIR]

Not part of the test suite (it times things, installs npm packages and takes minutes).
"""
import argparse
import hashlib
import json
import os
import pathlib
import queue
import random
import resource
import shutil
import statistics
import subprocess
import sys
import threading
import time

REPO = pathlib.Path(__file__).resolve().parents[2]
HERE = pathlib.Path(__file__).resolve().parent
PEERS = {"write-good": "1.0.8", "harper.js": "2.10.0"}  # pinned
CORPUS_BYTES = 10 * 1000 * 1000

# --- the corpus ----------------------------------------------------------------------------------


def paragraphs_of(text):
    return [p.strip() for p in text.replace("\r\n", "\n").split("\n\n") if p.strip()]


def source_articles(shared):
    """Real articles, as lists of paragraphs, each paragraph kept once over the whole set."""
    seen = set()
    articles = []

    def keep(paragraphs):
        fresh = []
        for p in paragraphs:
            digest = hashlib.sha1(p.encode()).digest()
            if digest not in seen:
                seen.add(digest)
                fresh.append(p)
        if fresh:
            articles.append(fresh)

    bench = shared / "bench" if shared else None
    if bench and bench.is_dir():
        for folder in ("attribution/text", "propaganda/articles"):
            for f in sorted((bench / folder).glob("*.txt")):
                keep(paragraphs_of(f.read_text(encoding="utf-8", errors="replace")))
        weasel = bench / "weasel/train.tsv"
        if weasel.exists():
            # Single sentences (Wikipedia): five to a paragraph, twenty paragraphs to a draft.
            sentences = [line.rsplit("\t", 1)[0] for line in weasel.read_text().splitlines()]
            paragraphs = [" ".join(sentences[i:i + 5]) for i in range(0, len(sentences), 5)]
            for i in range(0, len(paragraphs), 20):
                keep(paragraphs[i:i + 20])
    for f in sorted((REPO / "examples").glob("*.md")):
        keep(paragraphs_of(f.read_text()))
    return articles


def build_corpus(shared, folder):
    """Writes ~10 MB of drafts: every real article once, then drafts remixed from their
    paragraphs in a seeded random order until the corpus is full. No paragraph appears twice in
    a draft, nor more than twice in the corpus. Returns (files, note)."""
    articles = source_articles(shared)
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    files = []
    total = 0

    def write(name, paragraphs):
        nonlocal total
        text = "\n\n".join(paragraphs) + "\n"
        path = folder / name
        path.write_text(text)
        files.append(path)
        total += len(text.encode())

    for i, paragraphs in enumerate(articles):
        write(f"article-{i:05d}.txt", paragraphs)
    originals = total
    pool = [p for a in articles for p in a]
    random.Random(9).shuffle(pool)
    at, remix = 0, 0
    while total < CORPUS_BYTES and at < len(pool):
        draft, size = [], 0
        while size < 6000 and at < len(pool):
            draft.append(pool[at])
            size += len(pool[at]) + 2
            at += 1
        write(f"remix-{remix:05d}.md", draft)
        remix += 1
    source = "../shared/bench" if shared and (shared / "bench").is_dir() else "examples/ only"
    note = (f"{len(files)} drafts, {total / 1e6:.1f} MB from {source}: {originals / 1e6:.1f} MB "
            f"of distinct real paragraphs, then {remix} drafts remixed from them (each paragraph "
            f"at most twice in the corpus, never twice in a draft)")
    return files, note


# --- throughput ----------------------------------------------------------------------------------


def run_timed(command, **kwargs):
    """Wall seconds and CPU seconds (user+sys, children) of one command."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    result = subprocess.run(command, **kwargs)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return result, wall, cpu


def parallax_throughput(parallax, files, list_dir, start_cpu=0.0):
    """MB/s of `parallax check --jobs 1` over the files, by wall time (start-up and reading
    included) and by CPU time (less `start_cpu`, the CPU time of checking an empty file)."""
    folder = list_dir / "parallax-input"
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    for f in files:  # a folder of links, so that one command checks exactly these files
        (folder / f.name).symlink_to(f.resolve())
    result, wall, cpu = run_timed(
        [parallax, "check", "--jobs", "1", "--fail-on", "none", "--color", "never", str(folder)],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    if result.returncode != 0:
        sys.exit(f"parallax check failed ({result.returncode}): {result.stderr.decode()[:500]}")
    size = sum(f.stat().st_size for f in files)
    return {"bytes": size, "seconds": wall, "cpu": cpu, "mbps": size / 1e6 / wall,
            "mbps_cpu": size / 1e6 / max(cpu - start_cpu, 1e-6)}


def start_up_cpu(parallax, work):
    """CPU seconds of `parallax check` on an empty draft: start-up, gazetteer and lexicons."""
    empty = work / "empty.md"
    empty.write_text("")
    runs = [run_timed([parallax, "check", str(empty)], stdout=subprocess.DEVNULL)[2]
            for _ in range(5)]
    return statistics.median(runs)


def install_peers(cache):
    cache.mkdir(parents=True, exist_ok=True)
    wanted = all((cache / "node_modules" / name / "package.json").exists() and
                 json.loads((cache / "node_modules" / name / "package.json").read_text())
                 .get("version") == version for name, version in PEERS.items())
    if wanted:
        return True
    if not shutil.which("npm") or not shutil.which("node"):
        print("npm/node not found: peers skipped")
        return False
    (cache / "package.json").write_text('{"private": true}\n')
    specs = [f"{name}@{version}" for name, version in PEERS.items()]
    result = subprocess.run(["npm", "install", "--no-audit", "--no-fund", "--save-exact",
                             "--prefix", str(cache), *specs], capture_output=True, text=True)
    if result.returncode != 0:
        print(f"npm install failed: peers skipped\n{result.stderr[-500:]}")
        return False
    return True


def peer_throughput(tool, files, cache, list_dir):
    listing = list_dir / f"{tool}.list"
    listing.write_text("".join(f"{f}\n" for f in files))
    env = dict(os.environ, PEERS_DIR=str(cache))
    result = subprocess.run(["node", str(HERE / "peers.mjs"), tool, f"@{listing}"], env=env,
                            capture_output=True, text=True)
    if result.returncode != 0:
        print(f"{tool} failed: {result.stderr[-500:]}")
        return None
    figures = json.loads(result.stdout.strip().splitlines()[-1])
    figures["mbps"] = figures["bytes"] / 1e6 / figures["seconds"]
    figures["mbps_cpu"] = figures["bytes"] / 1e6 / figures["cpuSeconds"]
    return figures


# --- the language server -------------------------------------------------------------------------


class Server:
    """`parallax server` over pipes, with a thread that reads framed messages."""

    def __init__(self, parallax, root):
        self.proc = subprocess.Popen([parallax, "server", "--debounce-ms", "0"], cwd=root,
                                     stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                     stderr=subprocess.DEVNULL)
        self.messages = queue.Queue()
        threading.Thread(target=self._read, daemon=True).start()
        self.next_id = 1

    def _read(self):
        out = self.proc.stdout
        while True:
            length = None
            while True:
                line = out.readline()
                if not line:
                    return
                line = line.strip()
                if not line:
                    break
                name, _, value = line.partition(b":")
                if name.lower() == b"content-length":
                    length = int(value)
            body = out.read(length)
            self.messages.put((time.perf_counter(), json.loads(body)))

    def send(self, message):
        payload = json.dumps(message).encode()
        self.proc.stdin.write(b"Content-Length: %d\r\n\r\n" % len(payload) + payload)
        self.proc.stdin.flush()
        return time.perf_counter()

    def request(self, method, params):
        self.next_id += 1
        self.send({"jsonrpc": "2.0", "id": self.next_id, "method": method, "params": params})
        return self.wait(lambda m: m.get("id") == self.next_id)

    def notify(self, method, params):
        return self.send({"jsonrpc": "2.0", "method": method, "params": params})

    def wait(self, predicate, timeout=120):
        deadline = time.monotonic() + timeout
        while True:
            left = deadline - time.monotonic()
            if left <= 0:
                raise TimeoutError("no answer from parallax server")
            at, message = self.messages.get(timeout=left)
            if predicate(message):
                return at, message

    def wait_diagnostics(self, uri, version):
        return self.wait(lambda m: m.get("method") == "textDocument/publishDiagnostics" and
                         m["params"]["uri"] == uri and m["params"].get("version") == version)

    def initialize(self, root):
        self.request("initialize", {"processId": os.getpid(), "rootUri": root.as_uri(),
                                    "capabilities": {}})
        self.notify("initialized", {})

    def close(self):
        try:
            self.request("shutdown", None)
            self.notify("exit", None)
            self.proc.wait(timeout=10)
        except Exception:  # a benchmark must not hang on a server that misbehaves
            self.proc.kill()


def draft_of_words(paragraphs, words):
    out, count = [], 0
    while count < words and paragraphs:
        p = paragraphs.pop()
        out.append(p)
        count += len(p.split())
    return "\n\n".join(out) + "\n"


def open_draft(server, path, text):
    uri = path.as_uri()
    server.notify("textDocument/didOpen", {"textDocument": {
        "uri": uri, "languageId": "markdown", "version": 1, "text": text}})
    return uri


def latency(parallax, paragraphs, work, edits):
    """didChange -> publishDiagnostics of a one-character edit in a 10,000-word draft."""
    root = work / "latency"
    root.mkdir(parents=True, exist_ok=True)
    text = draft_of_words(paragraphs, 10000)
    lines = text.split("\n")
    server = Server(parallax, root)
    try:
        server.initialize(root)
        uri = open_draft(server, root / "draft.md", text)
        server.wait_diagnostics(uri, 1)
        rng = random.Random(10000)
        times = []
        for version in range(2, edits + 2):
            line = rng.randrange(len(lines))
            # ASCII column: the same in UTF-16 and UTF-8 when the line starts with ASCII text.
            character = rng.randint(0, min(len(lines[line]), 40))
            sent = server.notify("textDocument/didChange", {
                "textDocument": {"uri": uri, "version": version},
                "contentChanges": [{"range": {"start": {"line": line, "character": character},
                                              "end": {"line": line, "character": character}},
                                    "text": "e"}]})
            received, _ = server.wait_diagnostics(uri, version)
            times.append((received - sent) * 1000)
    finally:
        server.close()
    times.sort()
    return {"words": len(text.split()), "bytes": len(text.encode()), "edits": len(times),
            "p50": times[len(times) // 2], "p99": times[min(len(times) - 1,
                                                              int(len(times) * 0.99))],
            "max": times[-1]}


def memory(parallax, paragraphs, work, drafts):
    """Peak RSS (VmHWM) of the server with `drafts` open 5,000-word drafts, each analysed."""
    root = work / "memory"
    root.mkdir(parents=True, exist_ok=True)
    server = Server(parallax, root)
    try:
        server.initialize(root)
        uris = [open_draft(server, root / f"draft-{i:03d}.md", draft_of_words(paragraphs, 5000))
                for i in range(drafts)]
        for uri in uris:
            server.wait_diagnostics(uri, 1)
        status = pathlib.Path(f"/proc/{server.proc.pid}/status").read_text()
        fields = dict(line.split(":", 1) for line in status.splitlines() if ":" in line)
        kb = lambda name: int(fields[name].split()[0])
        return {"drafts": drafts, "hwm_mb": kb("VmHWM") / 1024, "rss_mb": kb("VmRSS") / 1024}
    finally:
        server.close()


def start_up(command, runs):
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


# --- the report ----------------------------------------------------------------------------------


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--parallax", required=True)
    parser.add_argument("--shared", default=str(REPO.parent / "shared"))
    parser.add_argument("--work", default=str(REPO / "build/bench/work"))
    parser.add_argument("--peers-cache", default=str(REPO / "build/bench/peers"))
    parser.add_argument("--harper-bytes", type=int, default=48_000,
                        help="harper.js lints ~1-20 KB/s: it gets a sample of this size")
    parser.add_argument("--edits", type=int, default=200)
    parser.add_argument("--drafts", type=int, default=100)
    args = parser.parse_args()
    parallax = str(pathlib.Path(args.parallax).resolve())
    shared = pathlib.Path(args.shared)
    work = pathlib.Path(args.work).resolve()
    work.mkdir(parents=True, exist_ok=True)
    if not (shared / "bench").is_dir():
        print(f"{shared}/bench not found: the corpus is made of examples/ only, far below 10 MB")
        shared = None

    files, note = build_corpus(shared, work / "corpus")
    print(f"corpus: {note}")
    sample, size = [], 0
    for f in files:  # the peers' sample: whole real articles from the start of the corpus
        if size >= args.harper_bytes:
            break
        sample.append(f)
        size += f.stat().st_size

    print("throughput: parallax check --jobs 1 ...", flush=True)
    baseline = start_up_cpu(parallax, work)
    ours = parallax_throughput(parallax, files, work)
    ours_sample = parallax_throughput(parallax, sample, work, baseline)
    peers = {}
    cache = pathlib.Path(args.peers_cache).resolve()
    if install_peers(cache):
        print("throughput: write-good (whole corpus), write-good and harper.js (sample) ...",
              flush=True)
        peers["write-good"] = peer_throughput("write-good", files, cache, work)
        peers["write-good sample"] = peer_throughput("write-good", sample, cache, work)
        peers["harper.js sample"] = peer_throughput("harper", sample, cache, work)

    pool = [p for f in files[:len(files) // 2] for p in paragraphs_of(f.read_text())]
    random.Random(1).shuffle(pool)
    print("latency: one-character edits in a 10,000-word draft ...", flush=True)
    lat = latency(parallax, pool, work, args.edits)
    print(f"memory: {args.drafts} open 5,000-word drafts ...", flush=True)
    mem = memory(parallax, pool, work, args.drafts)
    version_ms = start_up([parallax, "--version"], 30)
    one_file = REPO / "examples/nato-pacific-draft.md"
    check_ms = start_up([parallax, "check", "--fail-on", "none", str(one_file)], 15)

    def ratio(a, b):
        return a / b if b else float("inf")

    rows = []

    def row(measure, value, target, ok):
        rows.append((measure, value, target or "-", ("pass" if ok else "MISS") if target else ""))

    row("check throughput, 1 core", f"{ours['mbps_cpu']:.2f} MB/s", ">= 10 MB/s",
        ours["mbps_cpu"] >= 10)
    wg = peers.get("write-good")
    if wg:
        r = ratio(ours["mbps_cpu"], wg["mbps_cpu"])
        row("  vs write-good, same 10 MB", f"{r:.1f}x", ">= 50x", r >= 50)
    row("edit -> diagnostics p50", f"{lat['p50']:.1f} ms", "", None)
    row("edit -> diagnostics p99", f"{lat['p99']:.1f} ms", "<= 10 ms", lat["p99"] <= 10)
    row(f"peak RSS, {mem['drafts']} drafts", f"{mem['hwm_mb']:.0f} MB", "<= 100 MB",
        mem["hwm_mb"] <= 100)
    row("start: parallax --version", f"{version_ms:.1f} ms", "<= 20 ms", version_ms <= 20)
    row("start: one-file check", f"{check_ms:.1f} ms", "<= 20 ms", check_ms <= 20)

    print()
    print(f"Corpus: {note}.")
    print("Throughput is MB per CPU second (user + system) unless it says wall: the machine "
          "may be shared.")
    print(f"parallax check --jobs 1: {ours['bytes'] / 1e6:.1f} MB in {ours['seconds']:.2f} s "
          f"wall, {ours['cpu']:.2f} s CPU = {ours['mbps_cpu']:.2f} MB/s ({ours['mbps']:.2f} "
          f"MB/s wall), start-up and reading included")
    for name, f in peers.items():
        if f:
            print(f"{name}: {f['bytes'] / 1e6:.2f} MB in {f['seconds']:.2f} s wall, "
                  f"{f['cpuSeconds']:.2f} s CPU = {f['mbps_cpu']:.3f} MB/s ({f['mbps']:.3f} MB/s "
                  f"wall; set-up {f['setupSeconds']:.2f} s not counted), {f['findings']} findings")
    if peers.get("harper.js sample") and peers.get("write-good sample"):
        s = ours_sample["mbps_cpu"]
        print(f"Same {ours_sample['bytes'] / 1e3:.0f} KB sample, set-up not counted for anyone: "
              f"parallax {s:.2f} MB/s = {ratio(s, peers['write-good sample']['mbps_cpu']):.1f}x "
              f"write-good, {ratio(s, peers['harper.js sample']['mbps_cpu']):.0f}x harper.js")
    print(f"Latency: {lat['edits']} one-character edits in a {lat['words']}-word draft "
          f"({lat['bytes'] / 1e3:.0f} KB), debounce 0: p50 {lat['p50']:.1f} ms, "
          f"p99 {lat['p99']:.1f} ms, max {lat['max']:.1f} ms")
    print(f"Memory: VmHWM {mem['hwm_mb']:.0f} MB, VmRSS {mem['rss_mb']:.0f} MB after "
          f"{mem['drafts']} drafts were analysed")
    print()
    width = max(len(r[0]) for r in rows)
    print(f"{'measure':<{width}}  {'Parallax':>12}  {'target':>11}  result")
    for measure, value, target, verdict in rows:
        print(f"{measure:<{width}}  {value:>12}  {target:>11}  {verdict}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

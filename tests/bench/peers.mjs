// Lints files with a peer linter and prints one JSON line: bytes, wall and CPU seconds spent
// linting (set-up excluded, reported apart), and the number of findings. Run by run_bench.py with NODE_PATH at
// the cache folder where it installed the pinned packages.
//   node peers.mjs write-good|harper FILE... (or @LIST, a file of paths, one a line)
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';

const require = createRequire(process.env.PEERS_DIR + '/package.json');
const [tool, ...args] = process.argv.slice(2);
// "@LIST" names a file that lists one path a line.
const files = args.flatMap((a) =>
    a.startsWith('@') ? readFileSync(a.slice(1), 'utf8').split('\n').filter(Boolean) : [a]);
const texts = files.map((f) => readFileSync(f, 'utf8'));

const setupStart = performance.now();
let lint;
if (tool === 'write-good') {
    const writeGood = require('write-good');
    lint = async (text) => writeGood(text).length;
} else if (tool === 'harper') {
    const dist = `${process.env.PEERS_DIR}/node_modules/harper.js/dist`;
    const harper = await import(pathToFileURL(`${dist}/index.js`).href);
    const { binaryInlined } = await import(pathToFileURL(`${dist}/binaryInlined.js`).href);
    const linter = new harper.LocalLinter({ binary: binaryInlined });
    await linter.setup();
    lint = async (text) => (await linter.lint(text)).length;
} else {
    console.error(`unknown tool: ${tool}`);
    process.exit(2);
}
const setupSeconds = (performance.now() - setupStart) / 1000;

let findings = 0;
const start = performance.now();
const startCpu = process.cpuUsage();
for (const text of texts) findings += await lint(text);
const seconds = (performance.now() - start) / 1000;
const cpu = process.cpuUsage(startCpu);
const cpuSeconds = (cpu.user + cpu.system) / 1e6;
const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t, 'utf8'), 0);
console.log(
    JSON.stringify({ tool, files: files.length, bytes, seconds, cpuSeconds, setupSeconds, findings }));

#!/usr/bin/env bash
# gzip (and gunzip) of 64 MiB of text-like data under minode and node in one run; prints the ratio.
# Usage: bench/zlib.sh [path/to/minode]
set -euo pipefail
cd "$(dirname "$0")/.."
MINODE=${1:-${MINODE:-target/release/minode}}
script=$(mktemp /tmp/zlib-bench.XXXXXX.js)
trap 'rm -f "$script"' EXIT
cat > "$script" <<'JS'
const zlib = require('zlib');
// 64 MiB of words drawn by a fixed LCG: compressible like real text, identical in both runtimes.
const words = ['the', 'quick', 'brown', 'fox', 'jumps', 'over', 'lazy', 'dog', 'lorem', 'ipsum',
  'dolor', 'sit', 'amet', 'consectetur', 'adipiscing', 'elit', '{"id":', '"name":', '42,', '\n'];
const unit = [];
let seed = 12345;
for (let i = 0; i < 200000; i++) {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff;
  unit.push(words[seed % words.length]);
}
const block = Buffer.from(unit.join(' '));
const size = 64 * 1024 * 1024;
const input = Buffer.alloc(size);
for (let off = 0; off < size; off += block.length) block.copy(input, off, 0, Math.min(block.length, size - off));
let t = process.hrtime.bigint();
const gz = zlib.gzipSync(input);
const gzipMs = Number(process.hrtime.bigint() - t) / 1e6;
t = process.hrtime.bigint();
const back = zlib.gunzipSync(gz);
const gunzipMs = Number(process.hrtime.bigint() - t) / 1e6;
if (!back.equals(input)) throw new Error('round trip failed');
console.log(JSON.stringify({ gzipMs, gunzipMs, ratio: gz.length / size }));
JS
run() { "$1" "$script"; }
n=$(run node); m=$(run "$MINODE")
node -e '
const n = JSON.parse(process.argv[1]), m = JSON.parse(process.argv[2]);
const f = (x) => x.toFixed(0).padStart(6);
console.log(`gzip   64 MiB: node ${f(n.gzipMs)} ms  minode ${f(m.gzipMs)} ms  minode/node time ${(m.gzipMs / n.gzipMs).toFixed(2)}x`);
console.log(`gunzip 64 MiB: node ${f(n.gunzipMs)} ms  minode ${f(m.gunzipMs)} ms  minode/node time ${(m.gunzipMs / n.gunzipMs).toFixed(2)}x`);
console.log(`compressed size: node ${(n.ratio * 100).toFixed(1)}%  minode ${(m.ratio * 100).toFixed(1)}%`);
' "$n" "$m"

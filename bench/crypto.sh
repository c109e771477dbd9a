#!/usr/bin/env bash
# sha256 of 64 MiB (one update, and 64 KiB chunks) plus a small-hash loop, under node and
# minode in one run; prints times and the minode/node ratio (below 1 = minode faster).
# Usage: bench/crypto.sh [path/to/minode]
set -euo pipefail
cd "$(dirname "$0")/.."
MINODE=${1:-${MINODE:-target/release/minode}}
script=$(mktemp /tmp/crypto-bench.XXXXXX.js)
trap 'rm -f "$script"' EXIT
cat > "$script" <<'JS'
const crypto = require('crypto');
const size = 64 * 1024 * 1024;
const input = Buffer.alloc(size);
for (let i = 0; i < size; i += 4096) input[i] = i & 0xff;
const time = (fn) => { const t = process.hrtime.bigint(); const r = fn(); return [Number(process.hrtime.bigint() - t) / 1e6, r]; };
// Best of 3 for the big hash: the first run also pays for page faults.
let oneMs = Infinity, digest;
for (let i = 0; i < 3; i++) { const [ms, d] = time(() => crypto.createHash('sha256').update(input).digest('hex')); oneMs = Math.min(oneMs, ms); digest = d; }
const [chunkMs, d2] = time(() => {
  const h = crypto.createHash('sha256');
  for (let off = 0; off < size; off += 65536) h.update(input.subarray(off, off + 65536));
  return h.digest('hex');
});
if (d2 !== digest) throw new Error('chunked digest differs');
const [smallMs] = time(() => { for (let i = 0; i < 20000; i++) crypto.createHash('sha256').update('small input ' + i).digest('hex'); });
console.log(JSON.stringify({ oneMs, chunkMs, smallMs, digest }));
JS
n=$(node "$script"); m=$("$MINODE" "$script")
node -e '
const n = JSON.parse(process.argv[1]), m = JSON.parse(process.argv[2]);
if (n.digest !== m.digest) { console.log("DIGESTS DIFFER", n.digest, m.digest); process.exit(1); }
const f = (x) => x.toFixed(1).padStart(7);
const row = (name, k) => console.log(`${name}: node ${f(n[k])} ms  minode ${f(m[k])} ms  minode/node time ${(m[k] / n[k]).toFixed(2)}x`);
row("sha256 64 MiB, one update  ", "oneMs");
row("sha256 64 MiB, 64 KiB parts", "chunkMs");
row("20k small sha256 hex       ", "smallMs");
console.log(`digest ${n.digest} (identical)`);
' "$n" "$m"

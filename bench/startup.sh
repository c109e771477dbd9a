#!/usr/bin/env bash
# Start-up time and peak memory of minode vs node on the same hello-world script, in one run.
# Usage: bench/startup.sh [runs]   (needs a release build: cargo build --release)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-30}
minode=./target/release/minode
script=bench/hello.js
[ -x "$minode" ] || cargo build --release --quiet

# Mean wall time of $runs runs, in ms.
time_ms() {
  local start end
  start=$(date +%s%N)
  for _ in $(seq "$runs"); do "$@" "$script" >/dev/null; done
  end=$(date +%s%N)
  echo $(( (end - start) / runs / 1000000 ))
}

# Peak RSS in KiB (GNU time if present, else /proc via a sampling loop is not needed: use bash's time?).
peak_kb() {
  if [ -x /usr/bin/time ]; then
    /usr/bin/time -f '%M' "$@" "$script" 2>&1 >/dev/null | tail -n 1
  else
    python3 - "$@" "$script" <<'PY'
import resource, subprocess, sys
subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL)
print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
PY
  fi
}

"$minode" "$script" >/dev/null; node "$script" >/dev/null  # warm the page cache
m_ms=$(time_ms "$minode"); n_ms=$(time_ms node)
m_kb=$(peak_kb "$minode"); n_kb=$(peak_kb node)
echo "startup (hello world, mean of $runs): minode ${m_ms} ms, node ${n_ms} ms, node/minode = $(python3 -c "print(f'{$n_ms/max($m_ms,1):.1f}x')")"
echo "peak RSS: minode ${m_kb} KiB, node ${n_kb} KiB, minode/node = $(python3 -c "print(f'{$m_kb/$n_kb:.2f}')")"

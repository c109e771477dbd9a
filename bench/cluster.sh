#!/usr/bin/env bash
# Requests/s of `minode --cluster 2` vs one minode process vs node's cluster (the seed's
# script shape, 2 workers), all with the same wrk run; then the time a full rolling reload
# (SIGHUP) of `minode --cluster 2` takes, and wrk's errors while reloading under load.
#   THREADS=2 CONNS=64 DURATION=10s MINODE=target/release/minode bench/cluster.sh
set -uo pipefail
cd "$(dirname "$0")/.."
MINODE=${MINODE:-target/release/minode}
NODE=${NODE:-node}
THREADS=${THREADS:-2}
CONNS=${CONNS:-64}
DURATION=${DURATION:-10s}
command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install wrk)"; exit 1; }
[ -x "$MINODE" ] || cargo build --release
PORT=${PORT:-18990}; export PORT

wait_up() { for _ in $(seq 100); do curl -s -o /dev/null "http://127.0.0.1:$PORT/" && return 0; sleep 0.1; done; return 1; }
stop() { kill -TERM "$1" 2>/dev/null; for _ in $(seq 50); do kill -0 "$1" 2>/dev/null || return; sleep 0.1; done; kill -9 "$1" 2>/dev/null; pkill -9 -P "$1" 2>/dev/null; }
bench() {
  local name=$1; shift
  "$@" 2>/dev/null & local pid=$!
  wait_up || { echo "$name: did not start"; stop $pid; return; }
  wrk -t"$THREADS" -c"$CONNS" -d1s "http://127.0.0.1:$PORT/" >/dev/null
  local rps
  rps=$(wrk -t"$THREADS" -c"$CONNS" -d"$DURATION" "http://127.0.0.1:$PORT/" | awk '/Requests\/sec/ {print $2}')
  printf '%-34s %12s req/s\n' "$name" "$rps"
  stop $pid; sleep 0.3
}

echo "wrk -t$THREADS -c$CONNS -d$DURATION, hello world, $(nproc) CPUs"
bench "minode (1 process)" "$MINODE" bench/cluster-app.js
bench "minode --cluster 2" "$MINODE" --cluster 2 bench/cluster-app.js
bench "node cluster (2 workers)" "$NODE" bench/cluster-node.js

# Rolling reload under load.
LOG=$(mktemp)
"$MINODE" --cluster 2 bench/cluster-app.js 2> "$LOG" & SUP=$!
wait_up
wrk -t"$THREADS" -c"$CONNS" -d6s "http://127.0.0.1:$PORT/" > "$LOG.wrk" & WRK=$!
sleep 2
START=$(date +%s%N)
kill -HUP $SUP
for _ in $(seq 300); do grep -q 'reload complete' "$LOG" && break; sleep 0.02; done
END=$(date +%s%N)
wait $WRK
echo "rolling reload of 2 workers: $(( (END - START) / 1000000 )) ms (supervisor: $(grep -o 'reload complete in [0-9]* ms' "$LOG"))"
echo "wrk during the reload: $(grep -E 'requests in' "$LOG.wrk" | xargs); errors: $(grep -E 'Socket errors|Non-2xx' "$LOG.wrk" | xargs || true)"
[ -n "$(grep -E 'Socket errors|Non-2xx' "$LOG.wrk")" ] || echo "  (no socket errors, no non-2xx)"
stop $SUP
rm -f "$LOG" "$LOG.wrk"

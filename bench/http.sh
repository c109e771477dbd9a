#!/usr/bin/env bash
# wrk against the same server under minode and node: same -t/-c/-d for both.
# Besides requests/s it prints the server's CPU time per request (user+sys from /proc):
# on a 2-core machine wrk itself needs about as much CPU as the server, so requests/s is
# bounded by the machine; CPU per request is what the runtime controls.
#   bench/http.sh              hello-world (examples/hello-http.js)
#   bench/http.sh koa          the koa seed app (examples/koa, needs npm install there)
#   THREADS=1 CONNS=32 DURATION=10s MINODE=target/release/minode bench/http.sh
#   NODE_FLAGS=--jitless bench/http.sh koa   node without its JIT (an interpreter, like QuickJS)
set -euo pipefail
cd "$(dirname "$0")/.."
MINODE=${MINODE:-target/release/minode}
NODE=${NODE:-node}
THREADS=${THREADS:-1}
CONNS=${CONNS:-32}
DURATION=${DURATION:-10s}
WHAT=${1:-hello}
command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install wrk)"; exit 1; }
[ -x "$MINODE" ] || cargo build --release

case "$WHAT" in
  hello) APP=examples/hello-http.js; URL_PATH=/ ;;
  koa) APP=examples/koa/app.js; URL_PATH=/user/getinfo ;;
  express) APP=examples/express/app.js; URL_PATH=/ ;;
  *) echo "unknown benchmark $WHAT"; exit 1 ;;
esac

run() {
  local name=$1 bin=$2 port=$3 flags=${4:-}
  # shellcheck disable=SC2086 # flags are words
  PORT=$port QUIET=1 "$bin" $flags "$APP" &
  local pid=$!
  for _ in $(seq 1 50); do
    curl -s -o /dev/null "http://127.0.0.1:$port$URL_PATH" && break
    sleep 0.1
  done
  wrk -t1 -c4 -d1s "http://127.0.0.1:$port$URL_PATH" >/dev/null # warm up
  local out ticks0 ticks1
  ticks0=$(cpu_ticks "$pid")
  out=$(wrk -t"$THREADS" -c"$CONNS" -d"$DURATION" "http://127.0.0.1:$port$URL_PATH")
  ticks1=$(cpu_ticks "$pid")
  kill "$pid"; wait "$pid" 2>/dev/null || true
  local rps
  rps=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
  local lat
  lat=$(echo "$out" | awk '/Latency/ {print $2}')
  local errs
  errs=$(echo "$out" | grep -E 'Non-2xx|Socket errors' || true)
  local n cpu_us
  n=$(echo "$out" | awk '/requests in/ {print $1}')
  cpu_us=$(awk -v t=$((ticks1 - ticks0)) -v n="$n" -v hz="$(getconf CLK_TCK)" 'BEGIN { printf "%.1f", t * 1e6 / hz / n }')
  printf '%-8s %12s req/s  latency %s  server CPU %s us/request %s\n' "$name" "$rps" "$lat" "$cpu_us" "$errs"
  echo "$rps $cpu_us"
}

# utime + stime of a process (all threads), in clock ticks.
cpu_ticks() {
  awk '{ print $14 + $15 }' "/proc/$1/stat"
}

echo "== $WHAT: wrk -t$THREADS -c$CONNS -d$DURATION"
m=$(run minode "$MINODE" 18080 | tee /dev/stderr | tail -1)
n=$(run node "$NODE" 18081 "${NODE_FLAGS:-}" | tee /dev/stderr | tail -1)
awk -v m="$m" -v n="$n" 'BEGIN {
  split(m, a, " "); split(n, b, " ")
  if (b[1] > 0) printf "requests/s minode/node = %.2fx\n", a[1] / b[1]
  if (a[2] > 0) printf "CPU per request node/minode = %.2fx\n", b[2] / a[2]
}'

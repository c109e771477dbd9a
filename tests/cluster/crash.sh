#!/usr/bin/env bash
# Crash handling: a worker killed with SIGKILL is replaced; an app that throws at start-up
# ends in the crash-loop error within seconds (non-zero exit); SIGTERM drains and exits 0.
source "$(dirname "$0")/lib.sh"
WORK=$(mktemp -d)
PORT=$(free_port); export PORT
"$MINODE" --cluster 2 "$HERE/app.js" 2> "$WORK/sup.log" &
SUP=$!
trap 'kill -9 $SUP 2>/dev/null; pkill -9 -P $SUP 2>/dev/null; rm -rf "$WORK"' EXIT
check "cluster starts" wait_port "$PORT"
sleep 0.5
VICTIM=$(pgrep -P $SUP | head -1)
kill -9 "$VICTIM"
for _ in $(seq 50); do [ "$(pgrep -P $SUP | wc -l)" -ge 2 ] && ! pgrep -P $SUP | grep -qx "$VICTIM" && break; sleep 0.1; done
check "SIGKILLed worker $VICTIM replaced" bash -c "[ \$(pgrep -P $SUP | wc -l) -eq 2 ] && ! pgrep -P $SUP | grep -qx $VICTIM"
check "still serving" bash -c "curl -s http://127.0.0.1:$PORT/ | grep -q '^v1 '"
check "restart logged" grep -q "exited unexpectedly (signal SIGKILL)" "$WORK/sup.log"
kill -TERM $SUP; wait $SUP; RC=$?
check "SIGTERM exits 0 (rc=$RC)" [ "$RC" -eq 0 ]
check "no worker left" bash -c "! pgrep -P $SUP >/dev/null"

START=$(date +%s%N)
timeout 30 "$MINODE" --cluster 2 --cluster-backoff-ms 50 "$HERE/throws.js" 2> "$WORK/loop.log"
RC=$?
MS=$(( ($(date +%s%N) - START) / 1000000 ))
check "crash loop exits non-zero (rc=$RC)" [ "$RC" -ne 0 ] && [ "$RC" -ne 124 ]
check "crash loop detected within 10 s ($MS ms)" [ "$MS" -lt 10000 ]
check "one clear crash-loop error" [ "$(grep -c 'error: crash loop' "$WORK/loop.log")" -eq 1 ]
[ "$FAIL" -eq 0 ] || { cat "$WORK/sup.log"; tail -5 "$WORK/loop.log"; }
finish

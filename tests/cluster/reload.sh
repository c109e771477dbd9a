#!/usr/bin/env bash
# Rolling reload under load: `minode --cluster 2` serves a keep-alive load while three
# SIGHUPs in a row replace every worker; the code version changes after editing the app;
# a slow request in flight when the reload starts completes; zero non-2xx, zero errors.
# SLOW_MS (default 3000; 15000 for the seed's figure) sets the in-flight request's length.
source "$(dirname "$0")/lib.sh"
SLOW_MS=${SLOW_MS:-3000}
WORK=$(mktemp -d)
cp "$HERE/app.js" "$WORK/app.js"
PORT=$(free_port)
export PORT SLOW_MS
"$MINODE" --cluster 2 --cluster-grace-ms $((SLOW_MS + 5000)) "$WORK/app.js" 2> "$WORK/sup.log" &
SUP=$!
trap 'kill -9 $SUP $LOAD 2>/dev/null; pkill -9 -P $SUP 2>/dev/null; rm -rf "$WORK"' EXIT
check "cluster starts" wait_port "$PORT"
sleep 0.5
BEFORE=$(children $SUP)
C=16 node "$HERE/load.js" > "$WORK/load.json" &
LOAD=$!
sleep 1
curl -s -m $((SLOW_MS / 1000 + 20)) -o "$WORK/slow.out" -w '%{http_code}' "http://127.0.0.1:$PORT/slow" > "$WORK/slow.code" &
SLOW=$!
sleep 0.3
sed -i 's/v1/v2/' "$WORK/app.js"
kill -HUP $SUP
for _ in $(seq 50); do grep -q 'rolling reload' "$WORK/sup.log" && break; sleep 0.02; done
kill -HUP $SUP; kill -HUP $SUP
# Two reloads run (SIGHUPs during a reload fold into one queued reload); wait for both.
for _ in $(seq 200); do [ "$(grep -c 'reload complete' "$WORK/sup.log")" -ge 2 ] && break; sleep 0.1; done
sleep 1
kill -TERM $LOAD; wait $LOAD
wait $SLOW
AFTER=$(children $SUP)
RESULT=$(cat "$WORK/load.json")
echo "load: $RESULT"
echo "slow: $(cat "$WORK/slow.code") $(cat "$WORK/slow.out")"
check "reloads completed" [ "$(grep -c 'reload complete' "$WORK/sup.log")" -ge 2 ]
check "every worker replaced (before: $BEFORE after: $AFTER)" bash -c "for p in $BEFORE; do case ' $AFTER ' in *\" \$p \"*) exit 1;; esac; done"
check "zero non-2xx" node -e "process.exit(JSON.parse(process.argv[1]).non2xx === 0 ? 0 : 1)" "$RESULT"
check "zero connection errors" node -e "process.exit(JSON.parse(process.argv[1]).errors === 0 ? 0 : 1)" "$RESULT"
check "served requests" node -e "process.exit(JSON.parse(process.argv[1]).ok > 100 ? 0 : 1)" "$RESULT"
check "new code served" bash -c "curl -s http://127.0.0.1:$PORT/ | grep -q '^v2 '"
check "in-flight slow request completed with the old code" bash -c "[ \"\$(cat $WORK/slow.code)\" = 200 ] && grep -q '^v1 .* slow' $WORK/slow.out"
kill -TERM $SUP; wait $SUP; RC=$?
check "SIGTERM drains and exits 0 (rc=$RC)" [ "$RC" -eq 0 ]
[ "$FAIL" -eq 0 ] || cat "$WORK/sup.log"
finish

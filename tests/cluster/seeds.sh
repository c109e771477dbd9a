#!/usr/bin/env bash
# Both cluster scripts from the seed texts, run unmodified:
#  - examples/cluster-reload (koa-graceful-reload helper): SIGHUP replaces every worker,
#    requests keep being answered;
#  - examples/cluster-usr2.js: SIGUSR2 forks a new worker and disconnects the old one; a
#    15-s request in flight at that moment completes (set SKIP_SLOW=1 to skip this part).
source "$(dirname "$0")/lib.sh"
EX=$(cd "$HERE/../../examples" && pwd)
WORK=$(mktemp -d)
trap 'kill -9 $S1 $S2 2>/dev/null; pkill -9 -P $S1 2>/dev/null; pkill -9 -P $S2 2>/dev/null; rm -rf "$WORK"' EXIT

# Seed 1 (port 4000).
"$MINODE" "$EX/cluster-reload/app.js" > "$WORK/s1.log" 2>&1 &
S1=$!
check "seed 1 serves /user/getinfo" bash -c "for i in \$(seq 100); do curl -s http://127.0.0.1:4000/user/getinfo | grep -q liujianghong && exit 0; sleep 0.1; done; exit 1"
BEFORE=$(children $S1)
( for i in $(seq 400); do curl -s -o /dev/null -w '%{http_code}\n' http://127.0.0.1:4000/user/getinfo; done > "$WORK/s1.codes" ) &
LOOP=$!
sleep 0.3
kill -HUP $S1
for _ in $(seq 100); do grep -q 'all workers are restarted success' "$WORK/s1.log" && break; sleep 0.1; done
wait $LOOP
AFTER=$(children $S1)
check "seed 1 reload finished" grep -q 'all workers are restarted success' "$WORK/s1.log"
check "seed 1 workers replaced ($BEFORE -> $AFTER)" bash -c "for p in $BEFORE; do case ' $AFTER ' in *\" \$p \"*) exit 1;; esac; done"
check "seed 1 no failed request during reload" bash -c "[ \$(grep -vc '^200$' $WORK/s1.codes) -eq 0 ]"
kill -TERM $S1; wait $S1 2>/dev/null
sleep 0.3
check "seed 1 workers gone after the primary" bash -c "! pgrep -P $S1 >/dev/null"

# Seed 2 (port 8000, 15-s requests).
if [ -z "$SKIP_SLOW" ]; then
  "$MINODE" "$EX/cluster-usr2.js" > "$WORK/s2.log" 2>&1 &
  S2=$!
  for _ in $(seq 100); do grep -q '开始服务' "$WORK/s2.log" && break; sleep 0.1; done
  OLD=$(children $S2)
  START=$(date +%s)
  curl -s -m 40 -o "$WORK/slow.out" -w '%{http_code}' http://127.0.0.1:8000/ > "$WORK/slow.code" &
  SLOW=$!
  sleep 1
  kill -USR2 $S2
  sleep 2
  NEW=$(children $S2)
  check "seed 2 forked a new worker on SIGUSR2 ($OLD -> $NEW)" [ "$(echo $NEW | wc -w)" -ge 2 ]
  wait $SLOW
  SECS=$(( $(date +%s) - START ))
  check "seed 2 in-flight 15-s request completed ($(cat "$WORK/slow.code"), ${SECS}s)" bash -c "[ \"\$(cat $WORK/slow.code)\" = 200 ] && grep -q 'hello world' $WORK/slow.out"
  sleep 1
  check "seed 2 old worker left after its request" bash -c "! kill -0 $OLD 2>/dev/null"
  check "seed 2 logs" bash -c "grep -q '停止服务' $WORK/s2.log && grep -q '退出' $WORK/s2.log"
  kill -TERM $S2; wait $S2 2>/dev/null
fi
[ "$FAIL" -eq 0 ] || { cat "$WORK/s1.log"; cat "$WORK/s2.log" 2>/dev/null; }
finish

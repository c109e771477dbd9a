# Shared helpers for the cluster tests (bash). MINODE: the binary; only 127.0.0.1 is used.
MINODE=${MINODE:-$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)/target/debug/minode}
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
PASS=0
FAIL=0
ok() { PASS=$((PASS + 1)); echo "ok   $*"; }
bad() { FAIL=$((FAIL + 1)); echo "FAIL $*"; }
check() { local name=$1; shift; if "$@"; then ok "$name"; else bad "$name"; fi; }
# Wait until 127.0.0.1:$1 answers (up to ~10 s).
wait_port() { for _ in $(seq 100); do curl -s -o /dev/null "http://127.0.0.1:$1/" && return 0; sleep 0.1; done; return 1; }
free_port() { node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})"; }
children() { pgrep -P "$1" | sort | tr '\n' ' '; }
finish() { echo "${PASS} passed, ${FAIL} failed"; [ "$FAIL" -eq 0 ]; }

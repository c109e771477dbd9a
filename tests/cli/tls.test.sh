#!/usr/bin/env bash
# minode's https server answering real TLS clients: curl --cacert (and openssl s_client),
# with certificates made by the openssl CLI for this run.
set -u
MINODE=${MINODE:-$(cd "$(dirname "$0")/../.." && pwd)/target/release/minode}
tmp=$(mktemp -d)
pid=""
trap '[ -n "$pid" ] && kill "$pid" 2>/dev/null; rm -rf "$tmp"' EXIT
passed=0
failed=0
expect() { # name, actual, expected
  if [ "$2" == "$3" ]; then passed=$((passed + 1)); else failed=$((failed + 1)); printf 'FAIL %s\n  expected: %q\n  actual:   %q\n' "$1" "$3" "$2"; fi
}
contains() { # name, haystack, needle
  case "$2" in *"$3"*) passed=$((passed + 1)) ;; *) failed=$((failed + 1)); printf 'FAIL %s\n  missing %q in:\n%s\n' "$1" "$3" "$2" ;; esac
}

if ! command -v openssl >/dev/null || ! command -v curl >/dev/null; then
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq openssl curl) >/dev/null 2>&1
fi

cd "$tmp"
openssl ecparam -name prime256v1 -genkey -noout -out ca.key
openssl req -x509 -new -key ca.key -subj "/CN=minode cli CA" -days 2 -out ca.pem \
  -addext basicConstraints=critical,CA:TRUE -addext keyUsage=critical,keyCertSign 2>/dev/null
openssl ecparam -name prime256v1 -genkey -noout -out server.key
openssl req -new -key server.key -subj "/CN=localhost" -out server.csr 2>/dev/null
printf 'subjectAltName=DNS:localhost,IP:127.0.0.1\nbasicConstraints=CA:FALSE\n' > server.ext
openssl x509 -req -in server.csr -CA ca.pem -CAkey ca.key -set_serial 99 -days 2 -extfile server.ext -out server.pem 2>/dev/null

cat > server.js <<'JS'
const https = require('https');
const fs = require('fs');
const server = https.createServer({ key: fs.readFileSync('server.key'), cert: fs.readFileSync('server.pem') }, (req, res) => {
  let body = '';
  req.on('data', (d) => { body += d; });
  req.on('end', () => {
    res.setHeader('x-secure', String(req.socket.encrypted));
    res.end(`${req.method} ${req.url} ${body.length} ${req.socket.getProtocol()}\n`);
  });
});
server.listen(0, '127.0.0.1', () => fs.writeFileSync('port', String(server.address().port)));
JS
"$MINODE" server.js & pid=$!
for _ in $(seq 1 100); do [ -s port ] && break; sleep 0.05; done
port=$(cat port 2>/dev/null)

expect "curl --cacert GET" "$(curl -sS --cacert ca.pem "https://localhost:$port/hello")" "GET /hello 0 TLSv1.3"
expect "curl POST body" "$(curl -sS --cacert ca.pem -d 'abcdef' "https://127.0.0.1:$port/p")" "POST /p 6 TLSv1.3"
contains "curl sees the response header" "$(curl -sS -i --cacert ca.pem "https://localhost:$port/")" "x-secure: true"
expect "curl keep-alive: two requests, one connection" \
  "$(curl -sS --cacert ca.pem "https://localhost:$port/a" "https://localhost:$port/b" -w '%{num_connects}\n' | tr '\n' ' ')" \
  "GET /a 0 TLSv1.3 1 GET /b 0 TLSv1.3 0 "
expect "curl --tls-max 1.2" "$(curl -sS --cacert ca.pem --tls-max 1.2 "https://localhost:$port/v")" "GET /v 0 TLSv1.2"
expect "curl negotiates http/1.1 by ALPN" "$(curl -sS --cacert ca.pem -o /dev/null -w '%{http_version}' "https://localhost:$port/")" "1.1"
out=$(curl -sS "https://localhost:$port/" 2>&1); code=$?
expect "curl without the CA refuses" "$code" "60"
out=$(echo | openssl s_client -connect "127.0.0.1:$port" -servername localhost -CAfile ca.pem 2>/dev/null)
contains "openssl s_client verifies" "$out" "Verify return code: 0 (ok)"

echo "# checks: $passed passed, $failed failed"
[ "$failed" -eq 0 ]

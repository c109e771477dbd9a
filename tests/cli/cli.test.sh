#!/usr/bin/env bash
# The command line: flags, exit codes, and Node-shaped fatal error reports on stderr.
set -u
MINODE=${MINODE:-$(cd "$(dirname "$0")/../.." && pwd)/target/release/minode}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
passed=0
failed=0

expect() { # name, actual, expected
  if [ "$2" == "$3" ]; then passed=$((passed + 1)); else failed=$((failed + 1)); printf 'FAIL %s\n  expected: %q\n  actual:   %q\n' "$1" "$3" "$2"; fi
}
contains() { # name, haystack, needle
  case "$2" in *"$3"*) passed=$((passed + 1)) ;; *) failed=$((failed + 1)); printf 'FAIL %s\n  missing %q in:\n%s\n' "$1" "$3" "$2" ;; esac
}

expect "--version" "$("$MINODE" --version)" "v22.12.0"
contains "--help" "$("$MINODE" --help)" "Usage: minode [options]"
contains "--help documents --cluster" "$("$MINODE" --help)" "--cluster N|max"
expect "-e" "$("$MINODE" -e 'console.log(1 + 2)')" "3"
expect "-p" "$("$MINODE" -p '({ a: [1, "x"] })')" "{ a: [ 1, 'x' ] }"
expect "-p with args" "$("$MINODE" -p 'process.argv.length' a b)" "3"
expect "stdin script" "$(echo 'console.log("from stdin")' | "$MINODE" -)" "from stdin"
expect "stdin script without -" "$(echo 'console.log(typeof require)' | "$MINODE")" "function"
expect "script args" "$(cd "$tmp" && printf 'console.log(process.argv.slice(2).join(","))' > a.js && "$MINODE" a.js x --y -z)" "x,--y,-z"
expect "-- ends options" "$(cd "$tmp" && "$MINODE" -- a.js --version)" "--version"

# An uncaught exception: file:line, the source line, a caret, the stack, the version; exit 1.
printf 'const x = 1;\nfunction boom() {\n  throw new TypeError("broken " + x);\n}\nboom();\n' > "$tmp/throw.js"
err=$("$MINODE" "$tmp/throw.js" 2>&1 >/dev/null); code=$?
expect "uncaught exit code" "$code" "1"
contains "uncaught names file:line" "$err" "$tmp/throw.js:3"
contains "uncaught shows the source line" "$err" '  throw new TypeError("broken " + x);'
contains "uncaught shows the error" "$err" "TypeError: broken 1"
contains "uncaught shows the stack" "$err" "    at boom ($tmp/throw.js:3:"
contains "uncaught ends with the version" "$err" "Node.js v22.12.0"

# A syntax error names the file and line.
printf 'let a = 1;\nlet = = 2;\n' > "$tmp/syntax.js"
err=$("$MINODE" "$tmp/syntax.js" 2>&1 >/dev/null); code=$?
expect "syntax error exit code" "$code" "1"
contains "syntax error names the file" "$err" "$tmp/syntax.js:2"
contains "syntax error is a SyntaxError" "$err" "SyntaxError"

# A missing main module.
err=$("$MINODE" "$tmp/nope.js" 2>&1 >/dev/null); code=$?
expect "missing module exit code" "$code" "1"
contains "missing module message" "$err" "Cannot find module '$tmp/nope.js'"
contains "missing module code" "$err" "code: 'MODULE_NOT_FOUND'"

# Unhandled rejection and process.exit codes.
"$MINODE" -e 'Promise.reject(new Error("async nope"))' 2>"$tmp/rej.txt"; code=$?
expect "unhandled rejection exit code" "$code" "1"
contains "unhandled rejection message" "$(cat "$tmp/rej.txt")" "Error: async nope"
"$MINODE" -e 'process.exit(42)'; expect "process.exit(42)" "$?" "42"
"$MINODE" -e 'process.exitCode = 9'; expect "process.exitCode = 9" "$?" "9"
expect "exit event order" "$("$MINODE" -e 'process.on("exit", c => console.log("exit", c)); process.on("beforeExit", () => console.log("beforeExit")); console.log("main")')" "$(printf 'main\nbeforeExit\nexit 0')"

# A throwing 'uncaughtException' handler ends with code 7.
"$MINODE" -e 'process.on("uncaughtException", () => { throw new Error("again") }); throw new Error("first")' 2>/dev/null
expect "handler that throws exits 7" "$?" "7"

# ESM entry points.
printf 'import { basename } from "node:path";\nconst v = await Promise.resolve(basename(import.meta.filename));\nconsole.log(v);\n' > "$tmp/main.mjs"
expect "ESM main with top-level await" "$("$MINODE" "$tmp/main.mjs")" "main.mjs"
expect "--input-type=module" "$("$MINODE" --input-type=module -e 'import os from "node:os"; console.log(typeof os.cpus)')" "function"

echo "# checks: $passed passed, $failed failed"
[ "$failed" -eq 0 ]

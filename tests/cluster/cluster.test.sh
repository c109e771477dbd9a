#!/usr/bin/env bash
# Runs every cluster test; prints one "N passed, N failed" line.
cd "$(dirname "$0")"
P=0; F=0
for t in crash.sh reload.sh seeds.sh; do
  echo "# $t"
  out=$(bash "./$t" 2>&1); echo "$out"
  line=$(echo "$out" | grep -E '^[0-9]+ passed, [0-9]+ failed$' | tail -1)
  if [ -z "$line" ]; then F=$((F + 1)); continue; fi
  P=$((P + $(echo "$line" | cut -d' ' -f1))); F=$((F + $(echo "$line" | cut -d' ' -f3)))
done
echo "cluster: $P passed, $F failed"
[ "$F" -eq 0 ]

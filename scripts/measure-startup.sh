#!/usr/bin/env bash
# Measures how long the packaged app takes to serve its login page, and its memory (RSS) once up.
# Usage: scripts/measure-startup.sh [runs]   (build first: ./socialsim mvn -DskipTests package)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
# A JDK 21+: $JAVA if given, else the newest under /usr/lib/jvm (as ./socialsim would pick).
java=${JAVA:-$(ls -d /usr/lib/jvm/*/bin/java 2>/dev/null | sort -rV | head -1)}
port=18080
echo "jar: $(du -m target/socialsim.jar | cut -f1) MB; java: $java"
for run in $(seq "$runs"); do
  data=$(mktemp -d)
  start=$(date +%s.%N)
  "$java" -jar target/socialsim.jar --spring.profiles.active=demo --server.port=$port --socialsim.data-dir="$data" >"$data/log" 2>&1 &
  pid=$!
  until curl -s -o /dev/null -w '%{http_code}' "http://localhost:$port/login" 2>/dev/null | grep -q 200; do sleep 0.1; done
  ready=$(echo "$(date +%s.%N) - $start" | bc)
  sleep 5
  rss=$(( $(ps -o rss= -p $pid) / 1024 ))
  heap=$(grep -o 'Started Application in [0-9.]* seconds' "$data/log")
  printf 'run %d: login page served after %.1f s (%s); RSS after 5 s idle: %d MB\n' "$run" "$ready" "$heap" "$rss"
  kill $pid; wait $pid 2>/dev/null || true
  rm -rf "$data"
done

#!/usr/bin/env bash
# Public story page throughput against a static file on the same server, same run.
# Starts Copydesk as the README does (mvn -Prun, Payara Micro, H2 file database with the demo
# newsroom), then loads the static stylesheet and a published demo story page.
#   bench/public-page.sh [users] [seconds]
set -uo pipefail
cd "$(dirname "$0")/.."
users="${1:-16}"
seconds="${2:-20}"
port="${BENCH_PORT:-8192}"
work="$(pwd)/target/bench-public"
rm -rf "$work" && mkdir -p "$work" bench/results
mvn -B -q -Prun -Dcopydesk.data="$work/data" -Dcopydesk.httpPort="$port" > "$work/server.log" 2>&1 &
mvnpid=$!
for _ in $(seq 1 240); do
  curl -s -o /dev/null -w '%{http_code}' "http://localhost:$port/" 2>/dev/null | grep -q 200 && break
  sleep 1
done
pid=$(pgrep -f -- "-Dh2.baseDir=$work/data" | head -n 1)
java_bin="$(readlink "/proc/$pid/exe")"
slug=$(curl -s "http://localhost:$port/" | grep -o 'href="/news/[^"]*"' | head -n 1 | sed 's|href="/news/||; s|"$||')
static="http://localhost:$port/resources/copydesk/public.css"
story="http://localhost:$port/news/$slug"
table=$("$java_bin" bench/src/Throughput.java "$users" "$seconds" 5 "$static" "$story")
kill -9 "$pid" 2>/dev/null; kill "$mvnpid" 2>/dev/null
static_rps=$(echo "$table" | awk -F'|' 'NR==3 {gsub(/ /,"",$4); print $4}')
story_rps=$(echo "$table" | awk -F'|' 'NR==4 {gsub(/ /,"",$4); print $4}')
ratio=$(awk -v a="$story_rps" -v b="$static_rps" 'BEGIN { printf "%.2f", a / b }')
{
  echo "# Public story page against a static file (same server, same run)"
  echo
  echo "$table"
  echo
  echo "Story page / static file throughput: **$ratio** (target 0.5)."
  echo
  echo "Machine: $(nproc) cores; server JVM: $("$java_bin" -version 2>&1 | head -n 1); load generator on the same machine; $(date -u +%Y-%m-%dT%H:%MZ)."
} | tee bench/results/public-page.md

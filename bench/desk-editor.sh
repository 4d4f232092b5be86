#!/usr/bin/env bash
# Desk and editor page times as the number of stories and revisions grows: the desk with about
# 1,000 and then 100,000 stories, the editor and history of a story with 10 and with 1,000
# revisions. Starts Copydesk as the README does (mvn -Prun: Payara Micro, H2 file database), loads
# bench data with H2's RunScript while the app is stopped, signs in as an editor through the
# login form and times page loads one after the other.
#   bench/desk-editor.sh [runs]
set -uo pipefail
cd "$(dirname "$0")/.."
runs="${1:-50}"
port="${BENCH_PORT:-8193}"
work="$(pwd)/target/bench-desk"
data="$work/data"
rm -rf "$work" && mkdir -p "$work" bench/results
h2="$HOME/.m2/repository/com/h2database/h2/2.2.224/h2-2.2.224.jar"
base="http://localhost:$port"

start_app() {
  mvn -B -q -Prun -Dcopydesk.data="$data" -Dcopydesk.httpPort="$port" > "$work/server-$1.log" 2>&1 &
  for _ in $(seq 1 240); do
    curl -s -o /dev/null -w '%{http_code}' "$base/login.xhtml" 2>/dev/null | grep -q 200 && return 0
    sleep 1
  done
  echo "Copydesk did not start" >&2
  exit 1
}

stop_app() {
  pid=$(pgrep -f -- "-Dh2.baseDir=$data" | head -n 1)
  java_bin="$(readlink "/proc/$pid/exe")"
  kill "$pid"
  while kill -0 "$pid" 2>/dev/null; do sleep 1; done
  pkill -f -- "-Dcopydesk.data=$data" 2>/dev/null || true
  sleep 1
}

seed() { # script, then NAME=VALUE pairs
  local script="$1"; shift
  local sql; sql="$(cat "bench/sql/$script")"
  for pair in "$@"; do sql="${sql//\$\{${pair%%=*}\}/${pair#*=}}"; done
  printf '%s\n' "$sql" > "$work/seed.sql"
  "$java_bin" -cp "$h2" org.h2.tools.RunScript -url "jdbc:h2:file:$data/copydesk" -user copydesk -password copydesk -script "$work/seed.sql"
}

measure() {
  "$java_bin" bench/src/PageTimes.java "$base" eddie copydesk-demo "$runs" \
    "desk ($1 stories)=/app/desk.xhtml" "desk, waiting for me ($1 stories)=/app/desk.xhtml?view=WAITING" \
    "editor, 10 revisions=/app/story.xhtml?id=2001" "editor, 1000 revisions=/app/story.xhtml?id=2002" \
    "history, 10 revisions=/app/history.xhtml?id=2001" "history, 1000 revisions=/app/history.xhtml?id=2002"
}

mvn -B -q package -DskipTests > "$work/build.log" 2>&1 || { echo "build failed" >&2; exit 1; }
start_app schema
stop_app
seed seed-stories.sql FROM=1 TO=1000
seed seed-history.sql ID=2001 N=10
seed seed-history.sql ID=2002 N=1000
start_app small
small=$(measure 1000)
stop_app
seed seed-stories.sql FROM=1001 TO=100000
start_app large
large=$(measure 100000)
stop_app

{
  echo "# Desk and editor page times (one user, pages loaded one after the other, after 10 warm-up loads)"
  echo
  echo "$small"
  echo
  echo "$large" | tail -n +3
  echo
  echo "Machine: $(nproc) cores; server JVM: $("$java_bin" -version 2>&1 | head -n 1); $(date -u +%Y-%m-%dT%H:%MZ)."
} | tee bench/results/desk-editor.md

#!/usr/bin/env bash
# Crash test: starts Copydesk as the README does (mvn -Prun: Payara Micro, H2 file database),
# saves revisions from several writers at once, kills the server JVM with SIGKILL in the middle,
# starts it again on the same data and checks that every acknowledged revision (HTTP 201) is
# there with the exact text that was sent, and that every story's audit chain is intact.
#
#   bench/crash-test.sh [writers] [seconds-before-kill]
# Prints a summary and writes it to bench/results/crash-test.md.
set -uo pipefail
cd "$(dirname "$0")/.."
writers="${1:-4}"
seconds="${2:-15}"
port="${CRASH_PORT:-8191}"
work="$(pwd)/target/crash-test"
data="$work/data"
rm -rf "$work" && mkdir -p "$work/acks" bench/results
base="http://localhost:$port"
auth="rita:copydesk-demo"

start_app() {
  mvn -B -q -Prun -Dcopydesk.data="$data" -Dcopydesk.httpPort="$port" > "$work/server-$1.log" 2>&1 &
  echo $! > "$work/mvn.pid"
  for _ in $(seq 1 240); do
    if curl -s -o /dev/null -w '%{http_code}' "$base/login.xhtml" 2>/dev/null | grep -q 200; then return 0; fi
    sleep 1
  done
  echo "Copydesk did not start; see $work/server-$1.log" >&2
  exit 1
}

server_pid() { pgrep -f -- "-Dh2.baseDir=$data" | head -n 1; }

echo "Building and starting Copydesk on port $port (data in $data)"
mvn -B -q package -DskipTests > "$work/build.log" 2>&1 || { echo "build failed, see $work/build.log" >&2; exit 1; }
t0=$(date +%s%N)
start_app first
echo "ready after $(( ($(date +%s%N) - t0) / 1000000 )) ms"

write() {
  local w=$1 id n body code
  id=$(curl -s -u "$auth" -H 'Content-Type: application/json' -X POST "$base/api/stories" \
    -d "{\"headline\":\"Crash test writer $w\",\"body\":\"<p>writer $w revision 1</p>\"}" | grep -o '"id":[0-9]*' | cut -d: -f2)
  [ -n "$id" ] || return
  echo "$id 1" >> "$work/acks/$w"
  n=1
  while true; do
    body="<p>writer $w revision $((n + 1))</p>"
    code=$(curl -s -o /dev/null -w '%{http_code}' -u "$auth" -H 'Content-Type: application/json' -X POST \
      "$base/api/stories/$id/revisions" -d "{\"baseRevision\":$n,\"headline\":\"Crash test writer $w\",\"body\":\"$body\"}")
    if [ "$code" = "201" ]; then n=$((n + 1)); echo "$id $n" >> "$work/acks/$w"; else return; fi
  done
}

for w in $(seq 1 "$writers"); do write "$w" & done
sleep "$seconds"
pid=$(server_pid)
server_java="$(readlink "/proc/$pid/exe" 2>/dev/null || echo java)"
kill -9 "$pid"
echo "SIGKILL sent to the server JVM ($pid) while $writers writers were saving"
wait 2>/dev/null
kill "$(cat "$work/mvn.pid")" 2>/dev/null
sleep 2

start_app second
acked=0; found=0; lost=0
for f in "$work"/acks/*; do
  while read -r id n; do
    acked=$((acked + 1))
    w=$(basename "$f")
    got=$(curl -s -u "$auth" "$base/api/stories/$id/revisions/$n")
    if echo "$got" | grep -q "writer $w revision $n<"; then found=$((found + 1)); else lost=$((lost + 1)); echo "LOST: story $id revision $n" >&2; fi
  done < "$f"
done
broken=0
for f in "$work"/acks/*; do
  id=$(head -n 1 "$f" | cut -d' ' -f1)
  curl -s -u eddie:copydesk-demo "$base/api/stories/$id/audit/verification" | grep -q '"intact":true' || broken=$((broken + 1))
done
kill -9 "$(server_pid)" 2>/dev/null; kill "$(cat "$work/mvn.pid")" 2>/dev/null

summary="| date | writers | seconds before kill | acknowledged revisions | found after restart | lost | broken audit chains |
|---|---|---|---|---|---|---|
| $(date -u +%Y-%m-%dT%H:%MZ) | $writers | $seconds | $acked | $found | $lost | $broken |"
echo "$summary"
{ echo "# Crash test (SIGKILL of the Payara Micro JVM, H2 file database with WRITE_DELAY=0)"; echo; echo "$summary"; echo; echo "Machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GB; server JVM: $("$server_java" -version 2>&1 | head -n 1)"; } > bench/results/crash-test.md
[ "$lost" -eq 0 ] && [ "$broken" -eq 0 ] && [ "$acked" -gt 0 ]

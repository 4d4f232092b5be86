#!/usr/bin/env bash
# Crash test on PostgreSQL: a private PostgreSQL 15 server (its own data directory under /tmp, port
# 5439; the machine's own server is not touched) and Copydesk on Payara Micro (port 8391) on it.
# Writers save revisions all the time. Phase 1 kills the database server (SIGKILL of the
# postmaster) mid-run and starts it again while the writers go on: the app must get its
# connections back by itself. Phase 2 kills the app's JVM (SIGKILL) and starts it again. Then every
# acknowledged revision (HTTP 201) must be there with the exact text that was sent, and every
# story's audit chain must verify.
#
#   bench/crash-test-pg.sh [writers] [seconds-per-phase]
# Runs as root (PostgreSQL runs as the user postgres through runuser). MVN="flock LOCK mvn" wraps
# the Maven calls where builds must take turns. Prints a summary and writes it to
# bench/results/crash-test-pg.md.
set -uo pipefail
cd "$(dirname "$0")/.."
writers="${1:-4}"
seconds="${2:-15}"
pg_port="${CRASH_PG_PORT:-5439}"
port="${CRASH_PORT:-8391}"
pg_bin="${PG_BIN:-/usr/lib/postgresql/15/bin}"
pg_root="${CRASH_PG_DIR:-/tmp/copydesk-crash-pg}"
pg_data="$pg_root/data"
mvn="${MVN:-mvn}"
work="$(pwd)/target/crash-test-pg"
base="http://127.0.0.1:$port"
auth="rita:copydesk-demo"
db_url="jdbc:postgresql://127.0.0.1:$pg_port/copydesk"

java_major() { "$1" -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -n 1; }
java_bin="${COPYDESK_JAVA:-java}"
if [ "$(java_major "$java_bin")" -lt 21 ] 2>/dev/null; then java_bin=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java; fi

pg() { runuser -u postgres -- "$pg_bin/$1" "${@:2}"; }
postmaster_pid() { head -n 1 "$pg_data/postmaster.pid" 2>/dev/null; }
now_ms() { echo $(( $(date +%s%N) / 1000000 )); }

# The postmaster's children outlive a SIGKILLed postmaster for a moment; a new postmaster refuses
# to start while they hold the old shared memory, so try until it comes up.
start_db() {
  for _ in $(seq 1 30); do
    if pg pg_ctl -D "$pg_data" -l "$pg_root/postgres.log" -w -t 60 \
        -o "-p $pg_port -k $pg_root -c listen_addresses=127.0.0.1" start > /dev/null; then
      return 0
    fi
    sleep 1
  done
  echo "the private PostgreSQL did not start; see $pg_root/postgres.log" >&2
  exit 1
}

stop_db() {
  if [ -f "$pg_data/postmaster.pid" ]; then pg pg_ctl -D "$pg_data" -m immediate -w stop > /dev/null 2>&1; fi
}

app_pid=""
start_app() {
  "$java_bin" -Xmx768m -Dcopydesk.demo=true -Djava.io.tmpdir="$work/payara/tmp" -jar "$work/payara-micro.jar" \
    --nocluster --port "$port" --rootdir "$work/payara" --deploy "$work/copydesk.war" --contextroot / \
    > "$work/server-$1.log" 2>&1 &
  app_pid=$!
  for _ in $(seq 1 240); do
    if curl -s -o /dev/null -w '%{http_code}' "$base/login.xhtml" 2>/dev/null | grep -q 200; then return 0; fi
    kill -0 "$app_pid" 2>/dev/null || break
    sleep 1
  done
  echo "Copydesk did not start; see $work/server-$1.log" >&2
  exit 1
}

cleanup() {
  [ -n "$app_pid" ] && kill -9 "$app_pid" 2>/dev/null
  stop_db
}
trap cleanup EXIT

# A clean private server.
stop_db
rm -rf "$pg_root" "$work"
mkdir -p "$pg_root" "$work/acks" "$work/errors" "$work/payara/tmp" bench/results
chown postgres: "$pg_root"
pg initdb -D "$pg_data" -A trust -U postgres -E UTF8 > "$work/initdb.log" 2>&1 || { echo "initdb failed, see $work/initdb.log" >&2; exit 1; }
start_db
psql -h 127.0.0.1 -p "$pg_port" -U postgres -qc "CREATE DATABASE copydesk" || exit 1

# A WAR whose data source is the private server (as a production WAR is built, README), and the
# Payara Micro jar of the build.
# CRASH_WAR=file uses a WAR built that way before.
if [ -n "${CRASH_WAR:-}" ]; then
  cp "$CRASH_WAR" "$work/copydesk.war"
else
  echo "Building Copydesk for $db_url"
  $mvn -B -q package -Ppostgresql -DskipTests -Dcopydesk.db.url="$db_url" > "$work/build.log" 2>&1 || { echo "build failed, see $work/build.log" >&2; exit 1; }
  cp target/copydesk.war "$work/copydesk.war"
fi
if [ ! -f target/payara-micro.jar ]; then
  $mvn -B -q dependency:copy -Dartifact=fish.payara.extras:payara-micro:7.2025.1 -DoutputDirectory=target -Dmdep.stripVersion=true \
    >> "$work/build.log" 2>&1 || { echo "could not fetch Payara Micro, see $work/build.log" >&2; exit 1; }
fi
cp target/payara-micro.jar "$work/payara-micro.jar"

t0=$(now_ms)
start_app first
echo "Copydesk on port $port ready after $(( $(now_ms) - t0 )) ms (PostgreSQL on port $pg_port)"

# A writer saves revision after revision of its own story. Only a 201 counts as acknowledged. After
# any other answer (or none) the save may or may not have been committed, so the writer goes on
# from the revision the server reports.
write() {
  local w=$1 id="" n code current
  while [ -z "$id" ] && [ ! -e "$work/stop" ]; do
    id=$(curl -s -m 30 -u "$auth" -H 'Content-Type: application/json' -X POST "$base/api/stories" \
      -d "{\"headline\":\"Crash test writer $w\",\"body\":\"<p>writer $w revision 1</p>\"}" | grep -o '"id":[0-9]*' | cut -d: -f2)
  done
  [ -n "$id" ] || return
  echo "$id 1 $(now_ms)" >> "$work/acks/$w"
  n=1
  while [ ! -e "$work/stop" ]; do
    code=$(curl -s -m 30 -o "$work/answer-$w" -w '%{http_code}' -u "$auth" -H 'Content-Type: application/json' -X POST \
      "$base/api/stories/$id/revisions" \
      -d "{\"baseRevision\":$n,\"headline\":\"Crash test writer $w\",\"body\":\"<p>writer $w revision $((n + 1))</p>\"}")
    if [ "$code" = "201" ]; then
      n=$((n + 1))
      echo "$id $n $(now_ms)" >> "$work/acks/$w"
    else
      echo "$(now_ms) $code $(head -c 160 "$work/answer-$w" 2>/dev/null | tr '\n' ' ')" >> "$work/errors/$w"
      sleep 0.2
      current=$(curl -s -m 10 -u "$auth" "$base/api/stories/$id" | grep -o '"currentRevision":[0-9]*' | cut -d: -f2)
      [ -n "$current" ] && n=$current
    fi
  done
}

acks_after() { cat "$work"/acks/* 2>/dev/null | awk -v t="$1" '$3 > t' | wc -l; }
errors_between() { cat "$work"/errors/* 2>/dev/null | awk -v a="$1" -v b="$2" '$1 >= a && $1 <= b' | wc -l; }
first_ack_after() { cat "$work"/acks/* 2>/dev/null | awk -v t="$1" '$3 > t {print $3}' | sort -n | head -n 1; }

for w in $(seq 1 "$writers"); do write "$w" & done

# Phase 1: the database server dies and comes back while the writers go on.
sleep "$seconds"
db_pid=$(postmaster_pid)
db_killed_at=$(now_ms)
acked_before_db_kill=$(acks_after 0)
kill -9 "$db_pid"
echo "SIGKILL sent to the PostgreSQL postmaster ($db_pid) while $writers writers were saving"
sleep 3
start_db
db_back_at=$(now_ms)
echo "PostgreSQL restarted (crash recovery) $(( db_back_at - db_killed_at )) ms after the kill"
sleep "$seconds"
first_after_db=$(first_ack_after "$db_back_at")
if [ -z "$first_after_db" ]; then
  # No save went through since the restart: keep the server's threads for the report's reader.
  "$(dirname "$(readlink "/proc/$app_pid/exe")")/jstack" "$app_pid" > "$work/threads-after-db-restart.txt" 2>&1
fi
acked_after_db=$(acks_after "$db_back_at")
errors_db=$(errors_between "$db_killed_at" "$(now_ms)")

# Phase 2: the app's JVM dies; the writers stop; the app starts again on the same database.
server_java="$(readlink "/proc/$app_pid/exe" 2>/dev/null || echo "$java_bin")"
acked_at_app_kill=$(acks_after 0)
kill -9 "$app_pid"
echo "SIGKILL sent to the Payara Micro JVM ($app_pid) while $writers writers were saving"
touch "$work/stop"
wait 2>/dev/null
app_pid=""
start_app second

acked=0; found=0; lost=0
for f in "$work"/acks/*; do
  w=$(basename "$f")
  while read -r id n _; do
    acked=$((acked + 1))
    if curl -s -u "$auth" "$base/api/stories/$id/revisions/$n" | grep -q "writer $w revision $n<"; then
      found=$((found + 1))
    else
      lost=$((lost + 1)); echo "LOST: story $id revision $n" >&2
    fi
  done < "$f"
done
broken=0; stories=0
for f in "$work"/acks/*; do
  id=$(head -n 1 "$f" | cut -d' ' -f1)
  stories=$((stories + 1))
  curl -s -u eddie:copydesk-demo "$base/api/stories/$id/audit/verification" | grep -q '"intact":true' || { broken=$((broken + 1)); echo "BROKEN audit chain: story $id" >&2; }
done
recovered="no"
[ -n "$first_after_db" ] && recovered="yes, first 201 $(( first_after_db - db_back_at )) ms after the restart"

summary="| date | writers | seconds per phase | acknowledged revisions | found after both crashes | lost | stories | broken audit chains |
|---|---|---|---|---|---|---|---|
| $(date -u +%Y-%m-%dT%H:%MZ) | $writers | $seconds | $acked | $found | $lost | $stories | $broken |

| phase | acknowledged before the kill | failed saves (no 201) | after the restart |
|---|---|---|---|
| 1: SIGKILL of the postmaster, restart after 3 s | $acked_before_db_kill | $errors_db (during the outage and after it) | $acked_after_db acknowledged in $seconds s; connections recovered: $recovered |
| 2: SIGKILL of the Payara Micro JVM | $acked_at_app_kill in all | (writers stopped) | the app started again on the same database; every acknowledged revision checked |"
echo "$summary"
{
  echo "# Crash test on PostgreSQL (SIGKILL of the postmaster, then of the Payara Micro JVM)"
  echo
  echo "\`bench/crash-test-pg.sh $writers $seconds\`: a private PostgreSQL 15 ($pg_data, port $pg_port, default"
  echo "durability settings: fsync on, synchronous_commit on), Copydesk on Payara Micro ($base)."
  echo
  echo "$summary"
  echo
  echo "A failed save is one answered with anything but 201 (or not answered): nothing is promised for it, and"
  echo "the writer goes on from the revision the server reports. The data source validates a pooled connection"
  echo "before handing it out and drops them all when one is dead (webapp/WEB-INF/web.xml), so after the database"
  echo "restart the app makes new connections by itself; it is not restarted for that."
  echo
  echo "Machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GB; server JVM: $("$server_java" -version 2>&1 | head -n 1); $("$pg_bin/postgres" --version)"
} > bench/results/crash-test-pg.md
[ "$lost" -eq 0 ] && [ "$broken" -eq 0 ] && [ "$acked" -gt 0 ] && [ "$recovered" != "no" ]

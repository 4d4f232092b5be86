#!/usr/bin/env bash
# Cold start and resident memory of Copydesk for a set of JVM options, in about two minutes:
# starts target/copydesk.war on Payara Micro with the demo newsroom on an empty H2 database (as
# mvn -Prun does), times launch to the first 200 of the front page, then runs a light mixed load
# for 60 s (front page, RSS feed, sign-in page, two API reads with Basic credentials from 4
# clients) and prints the peak resident set (VmHWM). The full harness (run.sh) measures the same
# under real load; this is for comparing memory settings quickly.
#
#   bench/footprint.sh                      the run profile's settings (pom.xml, profile run)
#   bench/footprint.sh "-Xmx512m"           other JVM options instead
#
# Needs target/copydesk.war and target/payara-micro.jar (mvn package, then run.sh or the
# integration tests copy the jar), curl and a JDK 21+ (JAVA_HOME or the Temurin 25 here).
set -euo pipefail
cd "$(dirname "$0")/.."
java="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java"
opts="${1:--Xms64m -Xmx320m -XX:+UseSerialGC -XX:ReservedCodeCacheSize=96m -Xss512k -XX:SurvivorRatio=3 -XX:TargetSurvivorRatio=80 -XX:SweeperThreshold=50 -XX:MetaspaceSize=96m -XX:+UnlockExperimentalVMOptions -XX:TrimNativeHeapInterval=2000}"
port="${BENCH_PORT:-8391}"
for f in target/copydesk.war target/payara-micro.jar; do [ -f "$f" ] || { echo "missing $f" >&2; exit 1; }; done
work="target/bench/footprint"
rm -rf "$work" && mkdir -p "$work/data" "$work/tmp"
cp target/copydesk.war "$work/copydesk.war"
t0=$(date +%s%N)
# shellcheck disable=SC2086 # the options are a list of words
"$java" -Dh2.baseDir="$PWD/$work/data" -Dcopydesk.demo=true -Djava.io.tmpdir="$PWD/$work/tmp" $opts \
  -jar target/payara-micro.jar --nocluster --port "$port" --deploy "$work/copydesk.war:/" > "$work/server.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true' EXIT
until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://localhost:$port/" || true)" = 200 ]; do
  kill -0 "$pid" 2>/dev/null || { echo "Payara Micro exited; see $work/server.log" >&2; exit 1; }
  sleep 0.2
done
t1=$(date +%s%N)
echo "options: $opts"
echo "first page after $(( (t1 - t0) / 1000000 )) ms; load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "resident after start: $(awk '/VmRSS/ {print $2, $3}' "/proc/$pid/status")"
end=$((SECONDS + 60))
clients=()
for _ in 1 2 3 4; do
  (while [ $SECONDS -lt $end ]; do
     curl -s -o /dev/null "http://localhost:$port/"
     curl -s -o /dev/null "http://localhost:$port/feeds/rss.xml"
     curl -s -o /dev/null "http://localhost:$port/login.xhtml"
     curl -s -o /dev/null -u eddie:copydesk-demo "http://localhost:$port/api/stories"
     curl -s -o /dev/null -u eddie:copydesk-demo "http://localhost:$port/api/stories/1/revisions/1"
   done) &
  clients+=($!)
done
wait "${clients[@]}"
echo "peak resident (VmHWM) after 60 s of load: $(awk '/VmHWM/ {print $2, $3}' "/proc/$pid/status")"

#!/usr/bin/env bash
# The Copydesk benchmark (issue 9) in one command. Builds the WAR once, the baseline WAR and the
# JMH benchmarks, then runs bench/src/Harness.java, which starts Copydesk on Payara Micro at
# port 8290 (data in target/bench/data), seeds 1,000 / 10,000 / 100,000 stories, measures every
# workload at 1, 4 and 16 users and writes bench/results/report.md and bench/results/chart.png.
#
#   bench/run.sh            the full run (about 25 minutes on 2 busy cores)
#   bench/run.sh --quick    shorter windows, 1,000 and 100,000 stories only (about 14 minutes)
#
# Environment: BENCH_PORT (default 8290); JAVA_HOME for a JDK 21+ other than the Temurin 25 here;
# BENCH_SERVER_OPTS="-Xmx512m" adds JVM options to the server (to measure a proposed setting);
# BENCH_WAR=file measures another build (bench/variant-war.sh), BENCH_RESULTS=dir writes the report there;
# BENCH_AOT=off starts the server without the JDK 25 ahead-of-time cache (to measure what it does);
# BENCH_SKIP_BUILD=1 reuses the WAR and JMH build of an earlier run (for working on the harness).
set -euo pipefail
cd "$(dirname "$0")/.."
repo="$(pwd)"
java_home="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
if ! "$java_home/bin/java" -version 2>&1 | grep -qE 'version "(2[1-9]|[3-9][0-9])'; then
  java_home=/usr/lib/jvm/temurin-25-jdk-amd64
fi
java="$java_home/bin/java"
m2="${M2_REPO:-$HOME/.m2/repository}"
work="$repo/target/bench"
mkdir -p "$work/logs"
payara_version=$(sed -n 's:.*<payara.micro.version>\(.*\)</payara.micro.version>.*:\1:p' pom.xml)
h2_version=$(sed -n 's:.*<h2.version>\(.*\)</h2.version>.*:\1:p' pom.xml)
jsoup_version=$(sed -n 's:.*<jsoup.version>\(.*\)</jsoup.version>.*:\1:p' pom.xml)
ee_version=$(sed -n 's:.*<jakartaee.version>\(.*\)</jakartaee.version>.*:\1:p' pom.xml)

if [ "${BENCH_SKIP_BUILD:-}" = 1 ] && [ -f target/copydesk.war ]; then
  echo "Using the WAR already built (BENCH_SKIP_BUILD=1)"
else
  echo "Building the WAR (mvn package, tests skipped)"
  flock /tmp/copydesk-mvn.lock mvn -B -q package -DskipTests > "$work/logs/build.log" 2>&1 \
    || { echo "build failed, see $work/logs/build.log" >&2; exit 1; }
fi
# The payara-micro jar (the integration tests copy it in pre-integration-test; package does not).
if [ ! -f target/payara-micro.jar ]; then
  flock /tmp/copydesk-mvn.lock mvn -B -q org.apache.maven.plugins:maven-dependency-plugin:3.11.0:copy \
    -Dartifact="fish.payara.extras:payara-micro:$payara_version" -DoutputDirectory=target -Dmdep.stripVersion=true \
    >> "$work/logs/build.log" 2>&1 || { echo "could not fetch payara-micro, see $work/logs/build.log" >&2; exit 1; }
fi
# Test-scope jars the harness needs (H2 to seed, jsoup to read forms) are resolved by the build above.
h2="$m2/com/h2database/h2/$h2_version/h2-$h2_version.jar"
jsoup="$m2/org/jsoup/jsoup/$jsoup_version/jsoup-$jsoup_version.jar"
ee="$m2/jakarta/platform/jakarta.jakartaee-api/$ee_version/jakarta.jakartaee-api-$ee_version.jar"
for jar in "$h2" "$jsoup" "$ee"; do [ -f "$jar" ] || { echo "missing $jar" >&2; exit 1; }; done

echo "Building the baseline WAR (bench/baseline: static file, servlet, Faces page, SQL probe)"
rm -rf "$work/baseline" && mkdir -p "$work/baseline/war/WEB-INF/classes"
cp -r bench/baseline/webapp/. "$work/baseline/war/"
"$java_home/bin/javac" --release 21 -d "$work/baseline/war/WEB-INF/classes" -cp "$ee:$h2" $(find bench/baseline/src -name '*.java')
"$java_home/bin/jar" --create --file "$work/baseline/baseline.war" -C "$work/baseline/war" .

echo "Building the JMH benchmarks (bench/jmh)"
"$java_home/bin/jar" --create --file "$work/copydesk-classes.jar" -C target/classes .
if [ "${BENCH_SKIP_BUILD:-}" != 1 ] || [ ! -f "$work/jmh.classpath" ]; then
  flock /tmp/copydesk-mvn.lock mvn -B -q -f bench/jmh/pom.xml package dependency:build-classpath \
    -Dcopydesk.javaHome="$java_home" -Dmdep.outputFile="$work/jmh.classpath" -Dmdep.includeScope=runtime \
    > "$work/logs/jmh-build.log" 2>&1 || { echo "JMH build failed, see $work/logs/jmh-build.log" >&2; exit 1; }
fi

echo "Running the harness (log in $work/logs/harness.log)"
"$java" -Dbench.port="${BENCH_PORT:-8290}" -Dbench.payara="$payara_version" -Dbench.serverOpts="${BENCH_SERVER_OPTS:-}" \
  -Dbench.war="${BENCH_WAR:-}" -Dbench.aot="${BENCH_AOT:-on}" -Dbench.results="${BENCH_RESULTS:-$repo/bench/results}" -cp "$h2:$jsoup" \
  bench/src/Harness.java "$@" 2>&1 | tee "$work/logs/harness.log"
exit "${PIPESTATUS[0]}"

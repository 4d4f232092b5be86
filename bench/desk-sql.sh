#!/usr/bin/env bash
# What the desk's SQL statements cost H2 itself, before and after session 17's change, on the
# database the last harness run left (target/bench/data: 100,000 stories after run.sh), with H2's
# reuse of unchanged results turned off, as every save in a newsroom turns it off (see
# bench/src/DeskSql.java). About a minute. Run it after bench/run.sh, while no server has the
# database open.
#
#   bench/desk-sql.sh [rounds]      default 30
set -euo pipefail
cd "$(dirname "$0")/.."
java_home="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
"$java_home/bin/java" -version 2>&1 | grep -qE 'version "(2[1-9]|[3-9][0-9])' || java_home=/usr/lib/jvm/temurin-25-jdk-amd64
h2_version=$(sed -n 's:.*<h2.version>\(.*\)</h2.version>.*:\1:p' pom.xml)
h2="${M2_REPO:-$HOME/.m2/repository}/com/h2database/h2/$h2_version/h2-$h2_version.jar"
[ -f "$h2" ] || { echo "missing $h2 (run mvn package first)" >&2; exit 1; }
[ -f target/bench/data/copydesk.mv.db ] || { echo "no target/bench/data/copydesk.mv.db: run bench/run.sh first" >&2; exit 1; }
"$java_home/bin/java" -cp "$h2" bench/src/DeskSql.java "$PWD/target/bench/data" "${1:-30}"

#!/usr/bin/env bash
# A copy of target/copydesk.war with one setting changed in WEB-INF/web.xml, for measuring a
# proposed fix without touching the project's sources:
#   jakarta.faces.FACELETS_REFRESH_PERIOD = -1 (Payara Micro 7.2025.1's Mojarra 4.1.4 otherwise
#   compiles every Facelet again on every request; see bench/analysis.md).
#
#   bench/variant-war.sh            writes target/bench/copydesk-refresh-period.war
#   BENCH_WAR=target/bench/copydesk-refresh-period.war BENCH_RESULTS=bench/results/variant bench/run.sh --quick
set -euo pipefail
cd "$(dirname "$0")/.."
jdk="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
out=target/bench/copydesk-refresh-period.war
tmp=target/bench/variant
rm -rf "$tmp" && mkdir -p "$tmp/WEB-INF"
cp target/copydesk.war "$out"
(cd "$tmp" && "$jdk/bin/jar" --extract --file "../../../$out" WEB-INF/web.xml)
grep -q FACELETS_REFRESH_PERIOD "$tmp/WEB-INF/web.xml" && { echo "web.xml already sets FACELETS_REFRESH_PERIOD" >&2; exit 1; }
python3 - "$tmp/WEB-INF/web.xml" <<'PY'
import sys
path = sys.argv[1]
xml = open(path).read()
param = ("<context-param>\n    <param-name>jakarta.faces.FACELETS_REFRESH_PERIOD</param-name>\n"
         "    <param-value>-1</param-value>\n  </context-param>\n  ")
first = xml.index("<context-param>")
open(path, "w").write(xml[:first] + param + xml[first:])
PY
(cd "$tmp" && "$jdk/bin/jar" --update --file "../../../$out" WEB-INF/web.xml)
grep -c FACELETS_REFRESH_PERIOD "$tmp/WEB-INF/web.xml"
echo "wrote $out"

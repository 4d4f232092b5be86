#!/usr/bin/env bash
# Applies copydesk.cli's settings to an unpacked, stopped WildFly (used by the build for the test
# server, and usable on a fresh installation before its first start).
#   config/wildfly/configure-embedded.sh /path/to/wildfly
set -euo pipefail
home="${1:?usage: configure-embedded.sh JBOSS_HOME}"
here="$(cd "$(dirname "$0")" && pwd)"
script="$(mktemp)"
trap 'rm -f "$script"' EXIT
{
  echo "embed-server --server-config=standalone.xml --std-out=discard"
  grep -v -e '^#' -e '^:reload' -e '^[[:space:]]*$' "$here/copydesk.cli"
  echo "stop-embedded-server"
} > "$script"
"$home/bin/jboss-cli.sh" --file="$script"

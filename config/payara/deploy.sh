#!/usr/bin/env bash
# Deploys Copydesk to a standalone Payara Server (6 or 7) domain:
#   config/payara/deploy.sh PAYARA_HOME DATA_DIR path/to/copydesk.war [domain] [context-root]
# Sets the H2 data folder (h2.baseDir) as a JVM option, restarts the domain so it takes effect,
# and deploys the WAR. Payara needs no other setting: groups map to roles of the same name.
# Set COPYDESK_DEMO=true in the domain's environment only for an evaluation server.
set -euo pipefail
payara="${1:?usage: deploy.sh PAYARA_HOME DATA_DIR WAR [domain] [context-root]}"
data="${2:?data folder missing}"
war="${3:?WAR missing}"
domain="${4:-domain1}"
context="${5:-/}"
asadmin="$payara/bin/asadmin"
mkdir -p "$data"
"$asadmin" start-domain "$domain" || true
# Replace an earlier value rather than adding a second one.
"$asadmin" list-jvm-options | grep -- '-Dh2.baseDir=' | while read -r old; do
  "$asadmin" delete-jvm-options "$(printf '%s' "$old" | sed 's/:/\\:/g')"
done
"$asadmin" create-jvm-options "-Dh2.baseDir=$(printf '%s' "$data" | sed 's/:/\\:/g')"
# SameSite=Lax on the session cookie: Payara's listeners add it (see pre-boot-commands.asadmin).
for listener in http-listener-1 http-listener-2; do
  "$asadmin" set "configs.config.server-config.network-config.protocols.protocol.$listener.http.cookie-same-site-enabled=true"
  "$asadmin" set "configs.config.server-config.network-config.protocols.protocol.$listener.http.cookie-same-site-value=Lax"
done
"$asadmin" restart-domain "$domain"
"$asadmin" deploy --force=true --contextroot "$context" --name copydesk "$war"
echo "Copydesk deployed to Payara domain $domain at context root $context, data in $data"

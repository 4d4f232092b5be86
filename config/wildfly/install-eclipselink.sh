#!/usr/bin/env bash
# Installs EclipseLink into a WildFly 39 as its JPA provider module, then applies Copydesk's server
# settings. Run once per server, while it is stopped:
#   config/wildfly/install-eclipselink.sh /path/to/wildfly-39.0.1.Final
# Needs Maven (to fetch eclipselink-4.0.9.jar from Maven Central) unless the jar is given as $2.
set -euo pipefail
home="${1:?usage: install-eclipselink.sh JBOSS_HOME [eclipselink-4.0.9.jar]}"
here="$(cd "$(dirname "$0")" && pwd)"
module="$home/modules/system/layers/base/org/eclipse/persistence/main"
jar="${2:-}"
if [ -z "$jar" ]; then
  mvn -q dependency:copy -Dartifact=org.eclipse.persistence:eclipselink:4.0.9 -DoutputDirectory="$module"
else
  cp "$jar" "$module/eclipselink-4.0.9.jar"
fi
cp "$here/module.xml" "$module/module.xml"
"$here/configure-embedded.sh" "$home"
echo "EclipseLink installed in $module and Copydesk's settings applied."

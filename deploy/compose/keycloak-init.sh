#!/bin/bash
# Once per start: the confidential client Prometheus scrapes with (client credentials; its service account holds
# OPERATOR only, the one role endpoints.csv lets read /actuator/prometheus). Not in the realm file, so that the
# embedded run never has a client whose secret nobody generated.
set -euo pipefail
KC=/opt/keycloak/bin/kcadm.sh
until $KC config credentials --server http://keycloak:8080 --realm master --user "${KEYCLOAK_ADMIN_USER}" \
    --password "${KEYCLOAK_ADMIN_PASSWORD}" >/dev/null 2>&1; do sleep 3; done
if ! $KC get clients -r appeals -q clientId=appeals-monitoring --fields clientId | grep -q appeals-monitoring; then
    sed "s/MONITORING_CLIENT_SECRET/${MONITORING_CLIENT_SECRET}/" /init/monitoring-client.json > /tmp/client.json
    $KC create clients -r appeals -f /tmp/client.json
fi
$KC add-roles -r appeals --uusername service-account-appeals-monitoring --rolename OPERATOR
echo "client appeals-monitoring ready"

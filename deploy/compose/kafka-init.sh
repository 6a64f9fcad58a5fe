#!/bin/bash
# Once per start, as admin: the events topic and the services' ACLs (the same grants as the launcher's
# KafkaBrokerProcess.grantServiceAccess). Creating what exists changes nothing.
set -euo pipefail
CONFIG=/tmp/admin.properties
cat > "$CONFIG" <<CFG
security.protocol=SASL_PLAINTEXT
sasl.mechanism=SCRAM-SHA-256
sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username="admin" password="${KAFKA_ADMIN_PASSWORD}";
CFG
K=/opt/kafka/bin
until $K/kafka-topics.sh --bootstrap-server kafka:9092 --command-config "$CONFIG" --list >/dev/null 2>&1; do sleep 2; done
$K/kafka-topics.sh --bootstrap-server kafka:9092 --command-config "$CONFIG" --create --if-not-exists \
    --topic "${APPEALS_TOPIC}" --partitions "${APPEALS_TOPIC_PARTITIONS}" --replication-factor 1
acl() { $K/kafka-acls.sh --bootstrap-server kafka:9092 --command-config "$CONFIG" --add --allow-principal "$@"; }
acl User:command-service --operation Write --operation Describe --operation Create --topic "${APPEALS_TOPIC}"
acl User:command-service --operation IdempotentWrite --cluster
acl User:query-service --operation Read --operation Describe --topic "${APPEALS_TOPIC}"
acl User:query-service --operation Read --group "${APPEALS_CONSUMER_GROUP}"
echo "topic ${APPEALS_TOPIC} and ACLs in place"

#!/bin/bash
# KRaft broker+controller with SASL/SCRAM-SHA-256 on the client listener and ACLs, like deploy/run.sh's broker
# (kz.appeals.deploy.KafkaBrokerProcess): SCRAM users are written at format time (KIP-900), admin is the only
# super user, nobody else may do what no ACL allows. Passwords come from .env.
set -euo pipefail
PROPS=/tmp/server.properties
SCRAM="org.apache.kafka.common.security.scram.ScramLoginModule required username=\"admin\" password=\"${KAFKA_ADMIN_PASSWORD}\";"
PLAIN="org.apache.kafka.common.security.plain.PlainLoginModule required username=\"admin\" password=\"${KAFKA_ADMIN_PASSWORD}\" user_admin=\"${KAFKA_ADMIN_PASSWORD}\";"
cat > "$PROPS" <<PROPS
process.roles=broker,controller
node.id=1
controller.quorum.voters=1@kafka:9093
listeners=CLIENT://0.0.0.0:9092,CONTROLLER://kafka:9093
advertised.listeners=CLIENT://kafka:9092
inter.broker.listener.name=CLIENT
controller.listener.names=CONTROLLER
listener.security.protocol.map=CLIENT:SASL_PLAINTEXT,CONTROLLER:SASL_PLAINTEXT
sasl.enabled.mechanisms=SCRAM-SHA-256
sasl.mechanism.inter.broker.protocol=SCRAM-SHA-256
sasl.mechanism.controller.protocol=PLAIN
listener.name.client.sasl.enabled.mechanisms=SCRAM-SHA-256
listener.name.client.scram-sha-256.sasl.jaas.config=${SCRAM}
listener.name.controller.sasl.enabled.mechanisms=PLAIN
listener.name.controller.plain.sasl.jaas.config=${PLAIN}
authorizer.class.name=org.apache.kafka.metadata.authorizer.StandardAuthorizer
allow.everyone.if.no.acl.found=false
super.users=User:admin
log.dirs=/var/lib/kafka/data
num.partitions=6
default.replication.factor=1
min.insync.replicas=1
offsets.topic.replication.factor=1
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
auto.create.topics.enable=false
log.retention.hours=-1
PROPS
/opt/kafka/bin/kafka-storage.sh format --ignore-formatted -t "${KAFKA_CLUSTER_ID}" -c "$PROPS" \
    --add-scram "SCRAM-SHA-256=[name=admin,password=${KAFKA_ADMIN_PASSWORD}]" \
    --add-scram "SCRAM-SHA-256=[name=command-service,password=${COMMAND_KAFKA_PASSWORD}]" \
    --add-scram "SCRAM-SHA-256=[name=query-service,password=${QUERY_KAFKA_PASSWORD}]"
exec /opt/kafka/bin/kafka-server-start.sh "$PROPS"

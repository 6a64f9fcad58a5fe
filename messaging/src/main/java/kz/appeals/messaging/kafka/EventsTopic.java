package kz.appeals.messaging.kafka;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.errors.TopicExistsException;

/**
 * The events topic, created with AdminClient by whichever service needs it first (the producer before its first
 * publish, the consumer before it subscribes), so that either can start while the broker is still down. On a broker
 * with ACLs a service that may not create topics (the query side) is satisfied when the topic already exists.
 */
public final class EventsTopic {

    private final String bootstrapServers;
    private final String name;
    private final int partitions;
    private final short replicationFactor;
    private final Map<String, Object> clientProperties;
    private volatile boolean ready;

    public EventsTopic(String bootstrapServers, String name, int partitions, short replicationFactor) {
        this(bootstrapServers, name, partitions, replicationFactor, Map.of());
    }

    /** @param clientProperties extra admin client settings, e.g. {@link KafkaClientSecurity#clientProperties()} */
    public EventsTopic(String bootstrapServers, String name, int partitions, short replicationFactor,
                       Map<String, Object> clientProperties) {
        this.bootstrapServers = bootstrapServers;
        this.name = name;
        this.partitions = partitions;
        this.replicationFactor = replicationFactor;
        this.clientProperties = Map.copyOf(clientProperties);
    }

    /** The same topic, reached with these extra client settings (authentication). */
    public EventsTopic withClientProperties(Map<String, Object> properties) {
        Map<String, Object> merged = new HashMap<>(clientProperties);
        merged.putAll(properties);
        return new EventsTopic(bootstrapServers, name, partitions, replicationFactor, merged);
    }

    public String name() {
        return name;
    }

    /** Creates the topic unless it exists; throws {@link KafkaUnavailableException} if the broker cannot be reached. */
    public void ensureExists() {
        if (ready) {
            return;
        }
        synchronized (this) {
            if (ready) {
                return;
            }
            Map<String, Object> config = new HashMap<>(clientProperties);
            config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
            config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5000);
            config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 5000);
            try (Admin admin = Admin.create(config)) {
                try {
                    admin.createTopics(List.of(new NewTopic(name, partitions, replicationFactor)))
                            .all().get(10, TimeUnit.SECONDS);
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof TopicAuthorizationException) {
                        // not allowed to create: fine if someone who is (the launcher, the command side) already did
                        admin.describeTopics(List.of(name)).allTopicNames().get(10, TimeUnit.SECONDS);
                    } else if (!(e.getCause() instanceof TopicExistsException)) {
                        throw e;
                    }
                }
            } catch (ExecutionException e) {
                throw new KafkaUnavailableException("Cannot create or find topic " + name, e.getCause());
            } catch (TimeoutException e) {
                throw new KafkaUnavailableException("Kafka did not answer in time creating " + name, e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new KafkaUnavailableException("Interrupted creating " + name, e);
            }
            ready = true;
        }
    }
}

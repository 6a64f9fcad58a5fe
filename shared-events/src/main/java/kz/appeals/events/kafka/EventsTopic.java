package kz.appeals.events.kafka;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;

/**
 * The events topic, created with AdminClient by whichever service needs it first (the producer before its first
 * publish, the consumer before it subscribes), so that either can start while the broker is still down.
 */
public final class EventsTopic {

    private final String bootstrapServers;
    private final String name;
    private final int partitions;
    private final short replicationFactor;
    private volatile boolean ready;

    public EventsTopic(String bootstrapServers, String name, int partitions, short replicationFactor) {
        this.bootstrapServers = bootstrapServers;
        this.name = name;
        this.partitions = partitions;
        this.replicationFactor = replicationFactor;
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
            try (Admin admin = Admin.create(Map.of(
                    AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                    AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5000,
                    AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 5000))) {
                admin.createTopics(List.of(new NewTopic(name, partitions, replicationFactor)))
                        .all().get(10, TimeUnit.SECONDS);
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof TopicExistsException)) {
                    throw new KafkaUnavailableException("Cannot create topic " + name, e.getCause());
                }
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

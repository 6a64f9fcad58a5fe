package kz.appeals.command.observability;

import java.nio.charset.StandardCharsets;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.axonframework.messaging.MetaData;

/** The event's trace context (see {@link TraceContextMetaData}) as W3C headers of the Kafka record. */
public final class TraceHeaders {

    private TraceHeaders() {
    }

    public static <K, V> ProducerRecord<K, V> withTraceOf(MetaData metaData, ProducerRecord<K, V> record) {
        for (String key : new String[] {TraceContextMetaData.TRACEPARENT, TraceContextMetaData.TRACESTATE}) {
            Object value = metaData.get(key);
            if (value != null) {
                record.headers().add(key, value.toString().getBytes(StandardCharsets.UTF_8));
            }
        }
        return record;
    }
}

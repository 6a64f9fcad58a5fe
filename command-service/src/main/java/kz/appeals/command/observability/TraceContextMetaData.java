package kz.appeals.command.observability;

import java.util.HashMap;
import java.util.Map;

import org.axonframework.messaging.Message;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.util.function.SingletonSupplier;
import org.springframework.stereotype.Component;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;

/**
 * Carries the trace of the HTTP request onto every event its command causes, as W3C trace context in the event's
 * metadata ({@code traceparent}, {@code tracestate}). The append keeps them beside the event's envelope in the outbox
 * and the relay, later and on another thread when the request's span is gone, puts them on the Kafka record's
 * headers ({@code KafkaEventPublisher}), where the projection picks up the same trace.
 */
@Component
public class TraceContextMetaData implements CorrelationDataProvider {

    public static final String TRACEPARENT = "traceparent";
    public static final String TRACESTATE = "tracestate";

    // resolved once: ObjectProvider.getIfAvailable looks the bean up in the context on every call, and this runs
    // for every message (the bean factory's lookup showed in the request threads' profile, issue 13)
    private final SingletonSupplier<Tracer> tracer;
    private final SingletonSupplier<Propagator> propagator;

    public TraceContextMetaData(ObjectProvider<Tracer> tracer, ObjectProvider<Propagator> propagator) {
        this.tracer = SingletonSupplier.of(tracer::getIfAvailable);
        this.propagator = SingletonSupplier.of(propagator::getIfAvailable);
    }

    @Override
    public Map<String, ?> correlationDataFor(Message<?> message) {
        Tracer current = tracer.get();
        Propagator w3c = propagator.get();
        Span span = current == null ? null : current.currentSpan();
        if (span == null || w3c == null) {
            // no request around (a deadline firing in the scheduler): keep what the command itself carried
            return fromMetaData(message.getMetaData());
        }
        Map<String, String> carrier = new HashMap<>();
        w3c.inject(span.context(), carrier, Map::put);
        Map<String, Object> out = new HashMap<>();
        if (carrier.containsKey(TRACEPARENT)) {
            out.put(TRACEPARENT, carrier.get(TRACEPARENT));
        }
        if (carrier.containsKey(TRACESTATE) && !carrier.get(TRACESTATE).isEmpty()) {
            out.put(TRACESTATE, carrier.get(TRACESTATE));
        }
        return out;
    }

    private static Map<String, ?> fromMetaData(MetaData metaData) {
        Map<String, Object> out = new HashMap<>();
        for (String key : new String[] {TRACEPARENT, TRACESTATE}) {
            if (metaData.get(key) != null) {
                out.put(key, metaData.get(key));
            }
        }
        return out;
    }
}

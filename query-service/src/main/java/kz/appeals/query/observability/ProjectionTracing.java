package kz.appeals.query.observability;

import java.nio.charset.StandardCharsets;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.util.function.SingletonSupplier;
import org.springframework.stereotype.Component;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import kz.appeals.messaging.EventEnvelope;

/**
 * Projects one record inside a consumer span whose parent is the W3C trace context on the record's headers: the
 * command-service copies the HTTP request's trace there (through the event's metadata), so the request, the
 * publishing and the projection share one trace id, in the logs and at a collector. The appeal id goes into the MDC
 * for the same time. A record without the header (an event stored before tracing, or caused by a deadline) starts a
 * trace of its own.
 */
@Component
public class ProjectionTracing {

    private static final Logger log = LoggerFactory.getLogger(ProjectionTracing.class);
    private static final Propagator.Getter<Headers> HEADERS = (headers, key) -> {
        Header header = headers.lastHeader(key);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    };

    // resolved once: ObjectProvider.getIfAvailable looks the bean up in the context on every call, and this runs
    // for every message (the bean factory's lookup showed in the request threads' profile, issue 13)
    private final SingletonSupplier<Tracer> tracer;
    private final SingletonSupplier<Propagator> propagator;

    public ProjectionTracing(ObjectProvider<Tracer> tracer, ObjectProvider<Propagator> propagator) {
        this.tracer = SingletonSupplier.of(tracer::getIfAvailable);
        this.propagator = SingletonSupplier.of(propagator::getIfAvailable);
    }

    /** {@code tracing} may be null (a consumer built outside Spring): then only the work runs. */
    public static void within(ProjectionTracing tracing, ConsumerRecord<String, byte[]> record, EventEnvelope envelope,
                              Runnable work) {
        if (tracing == null) {
            work.run();
        } else {
            tracing.project(record, envelope, work);
        }
    }

    void project(ConsumerRecord<String, byte[]> record, EventEnvelope envelope, Runnable work) {
        try (MDC.MDCCloseable appeal = MDC.putCloseable("appealId", envelope.appealId())) {
            Tracer current = tracer.get();
            Propagator w3c = propagator.get();
            if (current == null || w3c == null || current == Tracer.NOOP) {
                log.debug("Projecting {} #{} of appeal {}", envelope.type(), envelope.sequence(), envelope.appealId());
                work.run();
                return;
            }
            Span span = w3c.extract(record.headers(), HEADERS).name("project " + envelope.type())
                    .kind(Span.Kind.CONSUMER)
                    .tag("messaging.system", "kafka")
                    .tag("messaging.destination.name", record.topic())
                    .tag("messaging.kafka.partition", String.valueOf(record.partition()))
                    .tag("messaging.kafka.offset", String.valueOf(record.offset()))
                    .tag("appeal.id", envelope.appealId())
                    .start();
            try (Tracer.SpanInScope scope = current.withSpan(span)) {
                log.debug("Projecting {} #{} of appeal {} from {}-{}@{}", envelope.type(), envelope.sequence(),
                        envelope.appealId(), record.topic(), record.partition(), record.offset());
                work.run();
            } catch (RuntimeException e) {
                span.error(e);
                throw e;
            } finally {
                span.end();
            }
        }
    }
}

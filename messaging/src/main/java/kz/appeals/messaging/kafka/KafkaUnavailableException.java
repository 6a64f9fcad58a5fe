package kz.appeals.messaging.kafka;

/** Kafka could not be reached or refused a request; the caller keeps its position and tries again. */
public class KafkaUnavailableException extends RuntimeException {

    public KafkaUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}

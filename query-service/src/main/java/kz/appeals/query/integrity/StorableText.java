package kz.appeals.query.integrity;

import java.util.Iterator;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import kz.appeals.events.Actor;
import kz.appeals.messaging.EventEnvelope;

/**
 * PostgreSQL refuses U+0000 in every text column, so an event carrying one (in a name, an actor id …) could never be
 * projected and froze its appeal. The read models get a copy of the envelope with each U+0000 replaced by U+FFFD;
 * the journal keeps the envelope exactly as signed (JSON escapes the character, so the text column takes it).
 */
public final class StorableText {

    public static final char REPLACEMENT = '\uFFFD';

    private StorableText() {
    }

    public static String clean(String text) {
        return text == null || text.indexOf('\0') < 0 ? text : text.replace('\0', REPLACEMENT);
    }

    public static EventEnvelope of(EventEnvelope envelope) {
        if (!needsCleaning(envelope)) {
            return envelope;
        }
        Actor actor = envelope.actor() == null ? null : new Actor(clean(envelope.actor().userId()),
                clean(envelope.actor().role()), clean(envelope.actor().bodyId()));
        return new EventEnvelope(envelope.eventId(), clean(envelope.type()), envelope.schemaVersion(),
                clean(envelope.appealId()), envelope.sequence(), envelope.occurredAt(), actor,
                clean(envelope.payload()), envelope.seal());
    }

    private static boolean needsCleaning(EventEnvelope e) {
        return has(e.type()) || has(e.appealId()) || (e.actor() != null && (has(e.actor().userId())
                || has(e.actor().role()) || has(e.actor().bodyId()))) || has(e.payload());
    }

    private static boolean has(String text) {
        return text != null && text.indexOf('\0') >= 0;
    }

    private static boolean has(JsonNode node) {
        if (node == null) {
            return false;
        }
        if (node.isTextual()) {
            return has(node.textValue());
        }
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                if (has(field.getKey()) || has(field.getValue())) {
                    return true;
                }
            }
            return false;
        }
        for (JsonNode element : node) {
            if (has(element)) {
                return true;
            }
        }
        return false;
    }

    static JsonNode clean(JsonNode node) {
        if (node == null) {
            return null;
        }
        if (node.isTextual()) {
            return JsonNodeFactory.instance.textNode(clean(node.textValue()));
        }
        if (node.isObject()) {
            ObjectNode copy = JsonNodeFactory.instance.objectNode();
            node.fields().forEachRemaining(f -> copy.set(clean(f.getKey()), clean(f.getValue())));
            return copy;
        }
        if (node.isArray()) {
            ArrayNode copy = JsonNodeFactory.instance.arrayNode();
            node.forEach(element -> copy.add(clean(element)));
            return copy;
        }
        return node;
    }
}

package kz.appeals.messaging.integrity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The one byte form of a JSON value that is signed and verified: object members sorted by name (UTF-16 code unit
 * order, as RFC 8785), no whitespace, strings as Jackson escapes them, every non-integral number written as a
 * double. The signer works on a tree made from Java objects and the verifier on one parsed from bytes; this form is
 * the same for both, whatever order or number class either tree happens to have.
 */
public final class CanonicalJson {

    private static final ObjectMapper WRITER = new ObjectMapper();

    private CanonicalJson() {
    }

    public static byte[] bytes(JsonNode node) {
        try {
            return WRITER.writeValueAsBytes(normalise(node));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode normalise(JsonNode node) {
        if (node == null) {
            return JsonNodeFactory.instance.nullNode();
        }
        if (node.isObject()) {
            List<Map.Entry<String, JsonNode>> fields = new ArrayList<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                fields.add(it.next());
            }
            fields.sort(Map.Entry.comparingByKey());
            ObjectNode sorted = JsonNodeFactory.instance.objectNode();
            for (Map.Entry<String, JsonNode> field : fields) {
                sorted.set(field.getKey(), normalise(field.getValue()));
            }
            return sorted;
        }
        if (node.isArray()) {
            ArrayNode copy = JsonNodeFactory.instance.arrayNode();
            node.forEach(element -> copy.add(normalise(element)));
            return copy;
        }
        if (node.isNumber() && !node.isIntegralNumber()) {
            return JsonNodeFactory.instance.numberNode(node.doubleValue());
        }
        return node;
    }
}

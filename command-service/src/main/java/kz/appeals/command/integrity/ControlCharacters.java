package kz.appeals.command.integrity;

import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * Text the command side accepts is text every reader can store: no C0 control character but tab, line feed and
 * carriage return, no DEL or C1 control, no unpaired surrogate. (PostgreSQL refuses U+0000 in any text column, and
 * the others have no business in a name or a statement.)
 */
public final class ControlCharacters {

    /** The offending field's path, e.g. {@code applicant.fullName} or {@code defects[2]}. */
    public record Offence(String field, int position, int codePoint) {

        public String message() {
            return String.format("must not contain control characters (U+%04X at position %d)", codePoint,
                    position);
        }
    }

    private static final int MAX_DEPTH = 12;

    private ControlCharacters() {
    }

    public static boolean allowed(int codePoint) {
        if (codePoint == '\t' || codePoint == '\n' || codePoint == '\r') {
            return true;
        }
        return codePoint >= 0x20 && !(codePoint >= 0x7F && codePoint <= 0x9F)
                && !(codePoint >= Character.MIN_SURROGATE && codePoint <= Character.MAX_SURROGATE);
    }

    /** The first character not {@link #allowed}, or -1. */
    public static int firstRefused(String text) {
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (!allowed(cp)) {
                return i;
            }
            i += Character.charCount(cp);
        }
        return -1;
    }

    /** Walks a request body (records, lists, maps, strings) for the first refused character. */
    public static Optional<Offence> find(Object value) {
        return find(value, "", 0);
    }

    private static Optional<Offence> find(Object value, String path, int depth) {
        if (value == null || depth > MAX_DEPTH) {
            return Optional.empty();
        }
        if (value instanceof CharSequence text) {
            int at = firstRefused(text.toString());
            return at < 0 ? Optional.empty()
                    : Optional.of(new Offence(path.isEmpty() ? "body" : path, at, text.toString().codePointAt(at)));
        }
        if (value instanceof Collection<?> items) {
            int i = 0;
            for (Object item : items) {
                Optional<Offence> found = find(item, path + "[" + i++ + "]", depth + 1);
                if (found.isPresent()) {
                    return found;
                }
            }
            return Optional.empty();
        }
        if (value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                String key = String.valueOf(entry.getKey());
                Optional<Offence> found = find(entry.getKey(), path, depth + 1)
                        .or(() -> find(entry.getValue(), join(path, key), depth + 1));
                if (found.isPresent()) {
                    return found;
                }
            }
            return Optional.empty();
        }
        if (value.getClass().isRecord()) {
            for (RecordComponent component : value.getClass().getRecordComponents()) {
                Object field;
                try {
                    component.getAccessor().setAccessible(true);
                    field = component.getAccessor().invoke(value);
                } catch (ReflectiveOperationException | RuntimeException e) {
                    continue;
                }
                Optional<Offence> found = find(field, join(path, component.getName()), depth + 1);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    private static String join(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }
}

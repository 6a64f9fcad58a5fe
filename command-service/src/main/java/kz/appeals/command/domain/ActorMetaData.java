package kz.appeals.command.domain;

import java.util.HashMap;
import java.util.Map;

import org.axonframework.messaging.MetaData;

import kz.appeals.events.Actor;

/**
 * The actor travels as message metadata from the command to every event it causes (see AxonConfig). A message
 * without an actor was caused by the system itself (the deadline manager); every command of a caller carries the
 * actor read from their verified token. Events stored before the name and position were recorded read them as null.
 */
public final class ActorMetaData {

    public static final String USER_ID = "actorUserId";
    public static final String ROLE = "actorRole";
    public static final String BODY_ID = "actorBodyId";
    public static final String DISPLAY_NAME = "actorDisplayName";
    public static final String POSITION = "actorPosition";
    /** The OAuth2 client the caller came through (the registering system of a citizen's own filing, art. 64(2)). */
    public static final String CLIENT_ID = "actorClientId";

    private ActorMetaData() {
    }

    public static MetaData of(Actor actor) {
        return of(actor, null);
    }

    public static MetaData of(Actor actor, String clientId) {
        Map<String, Object> values = new HashMap<>();
        values.put(USER_ID, actor.userId());
        values.put(ROLE, actor.role());
        putIfPresent(values, BODY_ID, actor.bodyId());
        putIfPresent(values, DISPLAY_NAME, actor.displayName());
        putIfPresent(values, POSITION, actor.position());
        putIfPresent(values, CLIENT_ID, clientId);
        return MetaData.from(values);
    }

    public static Actor from(MetaData metaData) {
        Object user = metaData.get(USER_ID);
        if (user == null) {
            return Actor.SYSTEM;
        }
        return new Actor(user.toString(), text(metaData.get(ROLE)), text(metaData.get(BODY_ID)),
                text(metaData.get(DISPLAY_NAME)), text(metaData.get(POSITION)));
    }

    public static String clientId(MetaData metaData) {
        return text(metaData.get(CLIENT_ID));
    }

    private static void putIfPresent(Map<String, Object> values, String key, String value) {
        if (value != null) {
            values.put(key, value);
        }
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}

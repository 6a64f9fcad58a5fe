package kz.appeals.command.domain;

import java.util.HashMap;
import java.util.Map;

import org.axonframework.messaging.MetaData;

import kz.appeals.events.Actor;

/** The actor travels as message metadata from the command to every event it causes (see AxonConfig). */
public final class ActorMetaData {

    public static final String USER_ID = "actorUserId";
    public static final String ROLE = "actorRole";
    public static final String BODY_ID = "actorBodyId";

    private ActorMetaData() {
    }

    public static MetaData of(Actor actor) {
        Map<String, Object> values = new HashMap<>();
        values.put(USER_ID, actor.userId());
        values.put(ROLE, actor.role());
        if (actor.bodyId() != null) {
            values.put(BODY_ID, actor.bodyId());
        }
        return MetaData.from(values);
    }

    public static Actor from(MetaData metaData) {
        Object user = metaData.get(USER_ID);
        if (user == null) {
            return Actor.SYSTEM;
        }
        Object role = metaData.get(ROLE);
        Object body = metaData.get(BODY_ID);
        return new Actor(user.toString(), role == null ? null : role.toString(), body == null ? null : body.toString());
    }
}

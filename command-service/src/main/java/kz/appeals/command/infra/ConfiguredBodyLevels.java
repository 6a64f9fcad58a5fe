package kz.appeals.command.infra;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import kz.appeals.clock.BodyLevel;
import kz.appeals.command.domain.BodyLevels;

/**
 * The local representative and executive bodies by id (setting {@code APPEALS_LOCAL_BODIES}, comma-separated body
 * ids, the same ids as the addressees' {@code bodyId} and the tokens' {@code body_id}); every other body is central
 * (APPC art. 90-5(1); docs/decisions.md).
 */
@Component
class ConfiguredBodyLevels implements BodyLevels {

    private final Set<String> localBodies;

    ConfiguredBodyLevels(@Value("${appeals.bodies.local:}") String localBodies) {
        this.localBodies = Arrays.stream(localBodies.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public BodyLevel levelOf(String bodyId) {
        return localBodies.contains(bodyId) ? BodyLevel.LOCAL : BodyLevel.CENTRAL;
    }
}

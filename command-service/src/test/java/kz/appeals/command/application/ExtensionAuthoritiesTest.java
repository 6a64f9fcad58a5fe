package kz.appeals.command.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import kz.appeals.access.Role;
import kz.appeals.command.domain.consideration.ExtensionAuthority;

/** APPC art. 76(3): the head, a deputy head or the chief of staff extends a review period; no other role does. */
class ExtensionAuthoritiesTest {

    static final Map<Role, Optional<ExtensionAuthority>> EXPECTED = new EnumMap<>(Role.class);

    static {
        for (Role role : Role.values()) {
            EXPECTED.put(role, Optional.empty());
        }
        EXPECTED.put(Role.HEAD, Optional.of(ExtensionAuthority.HEAD));
        EXPECTED.put(Role.DEPUTY_HEAD, Optional.of(ExtensionAuthority.DEPUTY_HEAD));
        EXPECTED.put(Role.CHIEF_OF_STAFF, Optional.of(ExtensionAuthority.CHIEF_OF_STAFF));
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void everyRoleMapsExplicitly(Role role) {
        assertThat(ExtensionAuthorities.of(role)).isEqualTo(EXPECTED.get(role));
    }

    @Test
    void everyAuthorityIsReachedByExactlyOneRole() {
        for (ExtensionAuthority authority : ExtensionAuthority.values()) {
            assertThat(Arrays.stream(Role.values()).map(ExtensionAuthorities::of)
                    .filter(a -> a.equals(Optional.of(authority))).count())
                    .as(authority.name()).isEqualTo(1);
        }
    }
}

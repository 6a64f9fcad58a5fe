package kz.appeals.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

class AppealEventTest {

    /** The sealed hierarchy and the wire catalog name the same events, so the visitor covers everything published. */
    @Test
    void everyCatalogedEventIsAnAppealEventAndNothingElseIs() {
        Set<Class<?>> sealed = Set.of(AppealEvent.class.getPermittedSubclasses());
        Set<Class<?>> cataloged = EventCatalog.all().stream().map(EventCatalog.EventType::payloadClass)
                .collect(Collectors.toSet());
        assertThat(sealed).isEqualTo(cataloged);
    }

    @Test
    void theVisitorHasOneMethodPerEvent() {
        Set<Class<?>> visited = Arrays.stream(AppealEventVisitor.class.getDeclaredMethods())
                .map(m -> m.getParameterTypes()[0]).collect(Collectors.toSet());
        assertThat(visited).containsExactlyInAnyOrder(AppealEvent.class.getPermittedSubclasses());
    }
}

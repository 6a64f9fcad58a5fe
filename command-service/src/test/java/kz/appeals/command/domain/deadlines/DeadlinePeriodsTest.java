package kz.appeals.command.domain.deadlines;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import kz.appeals.clock.ProceduralTimer;
import kz.appeals.events.DeadlineTimer;

/** Every scheduled deadline maps to the period of the Code it counts, written out here constant by constant. */
class DeadlinePeriodsTest {

    /** The expected table, from each constant's article (DeadlineTimer's javadoc and ProceduralTimer's bases). */
    static final Map<DeadlineTimer, Optional<ProceduralTimer>> EXPECTED = new EnumMap<>(Map.ofEntries(
            Map.entry(DeadlineTimer.REVIEW, Optional.empty()),                       // art. 76: by the appeal's kind
            Map.entry(DeadlineTimer.ANONYMOUS_REPORT_REDIRECT, Optional.empty()),    // art. 64(7-2): the same day
            Map.entry(DeadlineTimer.DEFECT_CORRECTION, Optional.empty()),            // art. 64(6): by decision
            Map.entry(DeadlineTimer.RETURN, Optional.of(ProceduralTimer.RETURN)),    // art. 64(7)
            Map.entry(DeadlineTimer.EXTENSION_NOTICE, Optional.of(ProceduralTimer.EXTENSION_NOTICE)),              // art. 76(3)
            Map.entry(DeadlineTimer.TERMINATION_NOTICE, Optional.of(ProceduralTimer.TERMINATION_NOTICE)),          // art. 70
            Map.entry(DeadlineTimer.LEAVE_WITHOUT_CONSIDERATION_NOTICE,
                    Optional.of(ProceduralTimer.LEAVE_WITHOUT_CONSIDERATION_NOTICE)),                   // art. 95
            Map.entry(DeadlineTimer.COMPLAINT_FORWARDING, Optional.of(ProceduralTimer.COMPLAINT_FORWARDING)),      // art. 91(4)
            Map.entry(DeadlineTimer.CASE_SENT_BACK, Optional.of(ProceduralTimer.CASE_SENT_BACK)),                  // art. 100(2)
            Map.entry(DeadlineTimer.COURT_DECISION_SENDING, Optional.of(ProceduralTimer.COURT_DECISION_SENDING)),  // art. 171(1)
            Map.entry(DeadlineTimer.COURT_DECISION_EXECUTION,
                    Optional.of(ProceduralTimer.COURT_DECISION_EXECUTION))));                       // art. 171

    @Test
    void theTableCoversEveryDeadline() {
        assertThat(EXPECTED.keySet()).containsExactlyInAnyOrder(DeadlineTimer.values());
    }

    @ParameterizedTest
    @EnumSource(DeadlineTimer.class)
    void everyDeadlineMapsToItsPeriod(DeadlineTimer deadline) {
        assertThat(DeadlinePeriods.procedural(deadline)).isEqualTo(EXPECTED.get(deadline));
        assertThat(DeadlinePeriods.named(deadline.name())).contains(deadline);
    }

    @Test
    void noTwoDeadlinesShareAPeriod() {
        long mapped = Arrays.stream(DeadlineTimer.values()).map(DeadlinePeriods::procedural)
                .flatMap(Optional::stream).count();
        long distinct = Arrays.stream(DeadlineTimer.values()).map(DeadlinePeriods::procedural)
                .flatMap(Optional::stream).distinct().count();
        assertThat(distinct).isEqualTo(mapped);
    }

    @Test
    void aMappedDeadlineCitesTheArticleOfItsPeriod() {
        assertThat(DeadlinePeriods.procedural(DeadlineTimer.RETURN)).get()
                .extracting(ProceduralTimer::legalBasis).isEqualTo("APPC art. 64(7)");
        assertThat(DeadlinePeriods.procedural(DeadlineTimer.CASE_SENT_BACK)).get()
                .extracting(ProceduralTimer::legalBasis).isEqualTo("APPC art. 100(2)");
    }

    /** A timer name written by a newer build (or a typo) is no deadline, not an exception in the reload. */
    @Test
    void anUnknownTimerNameIsNoDeadline() {
        assertThat(DeadlinePeriods.named("ACT_EXECUTION_SOMEDAY")).isEmpty();
        assertThat(DeadlinePeriods.named(null)).isEmpty();
    }
}

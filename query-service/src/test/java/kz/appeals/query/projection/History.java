package kz.appeals.query.projection;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import kz.appeals.clock.AppealKind;
import kz.appeals.events.*;
import kz.appeals.lifecycle.LifecycleState;

/**
 * One appeal's events, "A-1", as the command side records them, and a walk through them as the pipeline does it:
 * each event with the shared lifecycle's state before and after. For the read models' unit tests (no Kafka, no
 * database).
 */
public final class History {

    public static final String ID = "A-1";
    public static final Addressee AKIMAT = new Addressee("akimat", "Akimat of Astana");
    public static final Addressee REVIEW_BODY = new Addressee("oblast", "Akimat of the region");
    public static final LocalDate D = LocalDate.of(2026, 3, 2);
    public static final LocalDate DUE = LocalDate.of(2026, 3, 31);
    public static final Party APPLICANT = new Party(Party.PartyType.INDIVIDUAL, "900101300123", null,
            "Aigerim Nurlanovna", null, "Astana", null, null);
    public static final ComputedDate COURT_WINDOW = new ComputedDate(DUE, LocalDate.of(2026, 4, 30), "1 month",
            "APPC art. 136(6)", true, "r1", "c1", List.of());
    public static final ComputedDate COMPLAINT_WINDOW = new ComputedDate(DUE, LocalDate.of(2026, 6, 30),
            "3 months", "APPC art. 92(2)", true, "r1", "c1", List.of());

    private final List<AppealEvent> events = new ArrayList<>();

    private History() {
    }

    public static History filed(AppealKind kind) {
        return new History().then(
                new AppealFiled(ID, kind, APPLICANT, List.of(), AKIMAT, "a road", AppealForm.ELECTRONIC,
                        Channel.E_OTINISH, Instant.parse("2026-03-02T04:00:00Z")),
                new AppealRegistered(ID, "ZT-2026-1", Instant.parse("2026-03-02T04:00:00Z"), "system", D,
                        "working day", D.plusDays(1), DUE, "15 working days", "APPC art. 76(1)-(2)", true, "r1",
                        "c1", List.of()),
                scheduled("REVIEW", DUE, "APPC art. 76(1)-(2)"));
    }

    public static History application() {
        return filed(AppealKind.APPLICATION);
    }

    public static History inReview() {
        return application().then(assigned());
    }

    /** A complaint filed with the akimat whose act it challenges (APPC arts. 91-92). */
    public static History complaint() {
        return filed(AppealKind.COMPLAINT).then(new ComplaintFiled(ID, "A-0", "act-0", "the refusal",
                AKIMAT.bodyId(), "official-1", D, true, COMPLAINT_WINDOW, false, "APPC art. 91, 92"));
    }

    /** Art. 91(4): sent with the case file to the review body. */
    public static History forwarded() {
        return complaint().then(new ComplaintForwarded(ID, REVIEW_BODY, D.plusDays(1), true, false,
                "APPC art. 91(4)"));
    }

    public static ExecutorAssigned assigned() {
        return new ExecutorAssigned(ID, AKIMAT.bodyId(), "exec-1", List.of(), null, "APPC art. 76");
    }

    public static DeadlineScheduled scheduled(String timer, LocalDate due, String basis) {
        return new DeadlineScheduled(ID, ID + ":" + timer, timer, D.plusDays(1), due, "15 working days", basis, true,
                "r1", "c1", List.of(), List.of());
    }

    /** Art. 76(3): extended to {@code to}, the extension notice due 3 working days later, the review date moved. */
    public History extendedTo(LocalDate to, LocalDate noticeDue) {
        return then(new ReviewPeriodExtended(ID, "head-1", "HEAD", "expertise", D.plusDays(10), DUE, to, null,
                        "APPC art. 76(3)", "r1", "c1", List.of()),
                scheduled("EXTENSION_NOTICE", noticeDue, "APPC art. 76(3)"),
                new DeadlineMoved(ID, ID + ":REVIEW", "REVIEW", DUE, to, "EXTENSION", "extended by the head",
                        "APPC art. 76(3)", "r1", "c1", List.of(), List.of()));
    }

    public History then(AppealEvent... more) {
        History h = new History();
        h.events.addAll(events);
        h.events.addAll(List.of(more));
        return h;
    }

    public List<AppealEvent> events() {
        return List.copyOf(events);
    }

    /** Every event, in order, with the lifecycle state before and after it, as the pipeline hands it on. */
    public void walk(Consumer<ProjectedEvent> into) {
        LifecycleState state = LifecycleState.NONE;
        long sequence = 0;
        for (AppealEvent event : events) {
            ProjectedEvent projected = ProjectedEvent.of(state, event, sequence,
                    Instant.parse("2026-03-02T04:00:00Z").plusSeconds(60 * sequence));
            into.accept(projected);
            state = projected.after();
            sequence++;
        }
    }
}

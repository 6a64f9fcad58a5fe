package kz.appeals.lifecycle;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import kz.appeals.clock.AppealKind;
import kz.appeals.events.*;

/** Events of one appeal, "A-1", as the command side records them, for walking through the lifecycle. */
final class Stream {

    static final String ID = "A-1";
    static final Addressee AKIMAT = new Addressee("akimat", "Akimat of Astana");
    static final Addressee MINISTRY = new Addressee("ministry", "Ministry of Labour");
    static final Addressee REVIEW_BODY = new Addressee("oblast", "Akimat of the region");
    static final LocalDate D = LocalDate.of(2026, 3, 2);
    static final ComputedDate WINDOW = new ComputedDate(D, LocalDate.of(2026, 6, 2), "3 months", "APPC art. 92(2)",
            true, "r1", "c1", List.of());
    static final ComputedDate COURT_WINDOW = new ComputedDate(D, LocalDate.of(2026, 4, 2), "1 month",
            "APPC art. 136(6)", true, "r1", "c1", List.of());
    static final Party APPLICANT = new Party(Party.PartyType.INDIVIDUAL, "900101300123", null, "Aigerim Nurlanovna",
            null, "Astana", null, null);

    private final List<AppealEvent> events = new ArrayList<>();

    static Stream filed(AppealKind kind) {
        Stream s = new Stream();
        s.events.add(new AppealFiled(ID, kind, APPLICANT, List.of(), AKIMAT, "a road", AppealForm.ELECTRONIC,
                Channel.E_OTINISH, Instant.parse("2026-03-02T04:00:00Z")));
        s.events.add(new AppealRegistered(ID, "ZT-2026-1", Instant.parse("2026-03-02T04:00:00Z"), "system", D,
                "working day", D.plusDays(1), LocalDate.of(2026, 3, 31), "15 working days", "APPC art. 76(1)-(2)",
                true, "r1", "c1", List.of(), null, null));
        return s.then(scheduled("REVIEW", LocalDate.of(2026, 3, 31), "APPC art. 76(1)-(2)"));
    }

    static Stream application() {
        return filed(AppealKind.APPLICATION);
    }

    static Stream inReview() {
        return application().then(assigned(AKIMAT));
    }

    static Stream hearing() {
        return inReview().then(new PreliminaryDecisionSent(ID, ActNature.BURDENSOME, "refuse", D, D, WINDOW, WINDOW,
                "APPC art. 73"));
    }

    static Stream decided() {
        return inReview().then(act(), closed("REVIEW"));
    }

    /** A complaint filed with the akimat whose act it challenges (arts. 91-92). */
    static Stream complaint() {
        return filed(AppealKind.COMPLAINT).then(
                new ComplaintFiled(ID, "A-0", "act-0", "the refusal", AKIMAT.bodyId(), "official-1", D, true, WINDOW,
                        false, "APPC art. 91, 92"),
                scheduled("COMPLAINT_FORWARDING", D.plusDays(3), "APPC art. 91(4)"));
    }

    static Stream forwarded() {
        return complaint().then(new ComplaintForwarded(ID, REVIEW_BODY, D.plusDays(1), true, false,
                "APPC art. 91(4)"), closed("COMPLAINT_FORWARDING"), assigned(REVIEW_BODY));
    }

    static Stream none() {
        return new Stream();
    }

    Stream then(AppealEvent... more) {
        Stream s = new Stream();
        s.events.addAll(events);
        s.events.addAll(List.of(more));
        return s;
    }

    List<AppealEvent> events() {
        return events;
    }

    LifecycleState state() {
        return AppealLifecycle.replay(events);
    }

    static ExecutorAssigned assigned(Addressee body) {
        return new ExecutorAssigned(ID, body.bodyId(), "executor-1", List.of(), null, "APPC art. 64(1)");
    }

    static AdministrativeActIssued act() {
        return new AdministrativeActIssued(ID, "act-1", "N-1", ActNature.FAVOURABLE, ActOutcome.SATISFIED, "granted",
                D.plusDays(10), "official-1", AKIMAT.bodyId(), new ComplaintRoute("oblast", "Akimat of the region",
                null, "3 months", "in writing"), false, "APPC art. 77, 78, 80(5)");
    }

    static DeadlineScheduled scheduled(String timer, LocalDate due, String basis) {
        return new DeadlineScheduled(ID, ID + ":" + timer, timer, D.plusDays(1), due, "period", basis, true, "r1",
                "c1", List.of(), List.of());
    }

    static DeadlineClosed closed(String timer) {
        return new DeadlineClosed(ID, ID + ":" + timer, timer, D, D.plusDays(10), true, "done", "basis");
    }
}

package kz.appeals.command.domain;

import java.util.EnumSet;
import java.util.Set;

import kz.appeals.clock.AppealKind;

/**
 * Which procedure a kind of appeal follows. Applications and complaints go through the administrative procedure
 * (hearing, administrative act, arts. 73-86, 91-101); requests, proposals, responses, reports, petitions and the
 * requests under special laws through the simplified procedure (APPC arts. 87-89: no hearing, no act, an answer).
 */
public final class Procedures {

    private static final Set<AppealKind> ADMINISTRATIVE = EnumSet.of(AppealKind.APPLICATION, AppealKind.COMPLAINT,
            AppealKind.PUBLIC_SERVICE_COMPLAINT);

    private Procedures() {
    }

    /** APPC arts. 87-89: answered in the simplified procedure. */
    public static boolean simplified(AppealKind kind) {
        return !ADMINISTRATIVE.contains(kind);
    }

    /**
     * APPC art. 91(2), 100(5): where silence counts as a refusal. An answer in the simplified procedure refuses nothing,
     * so a missed period there is recorded as missed, without a deemed refusal.
     */
    public static boolean silenceIsRefusal(AppealKind kind) {
        return ADMINISTRATIVE.contains(kind);
    }
}

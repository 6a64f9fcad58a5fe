package kz.appeals.clock;

import java.time.LocalDate;
import java.util.List;

/**
 * A versioned rule set ({@code rules/appc-*.json}). When {@code effectiveFromSetting} is "ruleSwitchDate", the
 * setting of that name replaces {@code effectiveFrom}, because the date the amending law took effect is [U].
 */
record RuleSetFile(String id, String version, String title, LocalDate effectiveFrom, String effectiveFromSetting,
                   String effectiveFromNote, List<ReviewPeriod> reviewPeriods) {

    static final String RULE_SWITCH_DATE = "ruleSwitchDate";

    RuleSetFile {
        reviewPeriods = List.copyOf(reviewPeriods);
    }

    String versionId() {
        return id + "@" + version;
    }

    /** Where the clock of a review period starts: the day after registration (art. 76(2)) or after receipt (old text). */
    enum CountFrom { REGISTRATION, RECEIPT }

    /** The review period of one kind; {@code localAmount} is the period for a local body where it differs. */
    record ReviewPeriod(AppealKind kind, int amount, PeriodUnit unit, CountFrom countFrom, String legalBasis,
                        Confidence confidence, Integer localAmount) {

        int amountFor(BodyLevel level) {
            return level == BodyLevel.LOCAL && localAmount != null ? localAmount : amount;
        }
    }
}

package kz.appeals.clock;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

/** A rule set as used at run time: its review periods by kind and the first day it applies. */
final class RuleSet {

    private final String versionId;
    private final LocalDate effectiveFrom;
    private final Map<AppealKind, RuleSetFile.ReviewPeriod> periods = new EnumMap<>(AppealKind.class);

    RuleSet(RuleSetFile file, ClockSettings settings) {
        this.versionId = file.versionId();
        if (file.effectiveFromSetting() == null) {
            this.effectiveFrom = file.effectiveFrom();
        } else if (RuleSetFile.RULE_SWITCH_DATE.equals(file.effectiveFromSetting())) {
            this.effectiveFrom = settings.ruleSwitchDate();
        } else {
            throw new CalendarDataException(file.id() + ": unknown setting " + file.effectiveFromSetting());
        }
        for (RuleSetFile.ReviewPeriod period : file.reviewPeriods()) {
            if (periods.put(period.kind(), period) != null) {
                throw new CalendarDataException(file.id() + ": kind " + period.kind() + " listed twice");
            }
        }
        for (AppealKind kind : AppealKind.values()) {
            if (!periods.containsKey(kind)) {
                throw new CalendarDataException(file.id() + ": no review period for " + kind);
            }
        }
    }

    String versionId() {
        return versionId;
    }

    LocalDate effectiveFrom() {
        return effectiveFrom;
    }

    RuleSetFile.ReviewPeriod period(AppealKind kind) {
        return periods.get(kind);
    }
}

package kz.appeals.clock;

public enum PeriodUnit {
    WORKING_DAYS("working day", "working days"),
    CALENDAR_DAYS("calendar day", "calendar days"),
    MONTHS("month", "months");

    private final String singular;
    private final String plural;

    PeriodUnit(String singular, String plural) {
        this.singular = singular;
        this.plural = plural;
    }

    public String describe(int amount) {
        return amount + " " + (amount == 1 ? singular : plural);
    }
}

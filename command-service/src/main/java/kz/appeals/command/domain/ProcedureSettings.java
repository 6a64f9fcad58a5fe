package kz.appeals.command.domain;

/**
 * Readings of the procedure that the Code does not settle, as settings (marked [U] in docs/lifecycle.md).
 *
 * <p>{@code reviewPausedWhileDefectsFixed}: whether the review period stands still while the applicant fixes a
 * defective appeal. Art. 64(6) gives the applicant a reasonable period to fix the appeal but says nothing of the
 * review period, and art. 76 lists no pause, so by default the period runs on (setting
 * {@code APPEALS_PAUSE_REVIEW_WHILE_DEFECTS_FIXED}, default false).
 */
public record ProcedureSettings(boolean reviewPausedWhileDefectsFixed) {

    public static final ProcedureSettings DEFAULTS = new ProcedureSettings(false);
}

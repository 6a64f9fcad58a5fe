package kz.appeals.query.procedure;

import java.time.LocalDate;

/**
 * One recorded step beside the stages: which {@code step} (ACT_EXECUTION, COURT_EXECUTION, CASE_FILE_ACCESS,
 * HEARING_PROTOCOL, RECUSAL), the event and what it came to ({@code outcome}), on which day, the day it is or was due,
 * whether it was late, the official a recusal concerns, and the article.
 */
public record ProcedureStep(String appealId, long sequence, String step, String eventType, String outcome,
                            LocalDate happenedOn, LocalDate dueOn, Boolean late, String officialId,
                            String legalBasis) {
}

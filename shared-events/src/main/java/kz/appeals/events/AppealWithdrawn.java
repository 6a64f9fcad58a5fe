package kz.appeals.events;

import java.time.LocalDate;

/** APPC art. 64(9): the applicant withdrew the appeal in writing before the decision. */
public record AppealWithdrawn(
        String appealId,
        LocalDate withdrawnOn,
        String statement,
        String legalBasis) {
}

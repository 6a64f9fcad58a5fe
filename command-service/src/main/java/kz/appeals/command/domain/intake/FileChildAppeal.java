package kz.appeals.command.domain.intake;

import java.time.LocalDate;

import kz.appeals.events.Addressee;

/**
 * Open the child appeal for the part of {@code parentAppealId} redirected to the competent body {@code to} (APPC
 * art. 65); it copies the parent's applicant and is registered there with its own number and clock (art. 76(2)).
 */
public record FileChildAppeal(
        String appealId,
        String parentAppealId,
        Addressee to,
        String part,
        LocalDate arrivesOn) {
}

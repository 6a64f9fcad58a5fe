package kz.appeals.command.domain.intake;

import java.util.List;

import kz.appeals.events.Party;

/**
 * Talon numbers (APPC art. 64(2): a unique number given on registration), in the e-Otinish shape
 * {@code ЖТ-2026-00012345}: a prefix for the applicant (ЖТ, жеке тұлға, for an individual; ЗТ, заңды тұлға, for a
 * legal entity), the registration year and an eight-digit counter that restarts every year.
 */
public interface TalonNumbers {

    /** The next counter value for this prefix and year; never returns the same value twice. */
    long next(String prefix, int year);

    /** жеке тұлға: an individual. */
    String INDIVIDUAL_PREFIX = "ЖТ";
    /** заңды тұлға: a legal entity. */
    String LEGAL_ENTITY_PREFIX = "ЗТ";
    List<String> PREFIXES = List.of(INDIVIDUAL_PREFIX, LEGAL_ENTITY_PREFIX);

    static String prefixFor(Party applicant) {
        return applicant.type() == Party.PartyType.LEGAL_ENTITY ? LEGAL_ENTITY_PREFIX : INDIVIDUAL_PREFIX;
    }

    static String format(String prefix, int year, long counter) {
        return String.format("%s-%d-%08d", prefix, year, counter);
    }
}

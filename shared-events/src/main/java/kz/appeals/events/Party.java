package kz.appeals.events;

/**
 * A participant of the procedure (APPC art. 63(1)): an individual identified by IIN or a legal entity identified
 * by BIN, with the postal address and contacts the notices of art. 66(2) are sent to.
 */
public record Party(
        PartyType type,
        String iin,
        String bin,
        String fullName,
        String organisationName,
        String postalAddress,
        String phone,
        String email) {

    public enum PartyType { INDIVIDUAL, LEGAL_ENTITY }

    /** The applicant of an appeal that names nobody (APPC art. 64(7-2)): an individual of whom nothing is known. */
    public static Party nobody() {
        return new Party(PartyType.INDIVIDUAL, null, null, null, null, null, null, null);
    }

    /** The identification number that applies to this party: IIN for an individual, BIN for a legal entity. */
    public String identificationNumber() {
        return type == PartyType.LEGAL_ENTITY ? bin : iin;
    }
}

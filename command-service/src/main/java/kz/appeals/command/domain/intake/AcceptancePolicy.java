package kz.appeals.command.domain.intake;

import java.util.ArrayList;
import java.util.List;

import kz.appeals.command.domain.IdentificationNumber;
import kz.appeals.events.Party;

/**
 * APPC art. 64(1): refusing to accept an appeal is forbidden; every appeal is accepted, registered and recorded. What
 * art. 63(1)-(2) asks for and the appeal lacks is a defect for the body to have fixed (art. 64(6), then a return with
 * reasons, 64(7)(1)), or in the simplified procedure a ground of termination (art. 88(1)(2)) — never a reason not to
 * register. The IIN or BIN is asked for only if the person has one (art. 63(2)(1)): foreigners and stateless persons
 * have none, so a missing number is no defect; a number that was given but fails its check digit is. An appeal naming
 * nobody (no name, no IIN/BIN) is anonymous: recorded and not considered, unless it reports a crime or a threat to
 * security (art. 64(7-2)).
 */
public final class AcceptancePolicy {

    public static final String DEFECTS_BASIS = "APPC art. 63(1)-(2), 64(1), 64(6)";
    public static final String SIMPLIFIED_DEFECTS_BASIS = "APPC art. 63(1)-(2), 64(1), 88(1)(2)";
    public static final String ANONYMOUS_BASIS = "APPC art. 64(7-2)";

    private AcceptancePolicy() {
    }

    /** Art. 64(7-2): nobody is named — neither a name nor an identification number. */
    public static boolean anonymous(Party applicant) {
        return applicant == null || (blank(applicant.fullName()) && blank(applicant.organisationName())
                && blank(applicant.iin()) && blank(applicant.bin()));
    }

    /** Art. 63(1)-(2): what the appeal lacks, each naming the field and the article; empty if nothing. */
    public static List<String> defects(Party applicant, List<Party> members) {
        List<String> defects = new ArrayList<>(defects("applicant", applicant));
        for (int i = 0; i < members.size(); i++) {
            defects.addAll(defects("members[" + i + "]", members.get(i)));
        }
        return defects;
    }

    private static List<String> defects(String who, Party party) {
        List<String> defects = new ArrayList<>();
        boolean entity = party.type() == Party.PartyType.LEGAL_ENTITY;
        if (entity ? blank(party.organisationName()) : blank(party.fullName())) {
            defects.add(who + (entity ? ".organisationName" : ".fullName") + ": the "
                    + (entity ? "legal entity's name" : "full name") + " is missing (APPC art. 63(1))");
        }
        if (blank(party.postalAddress())) {
            defects.add(who + ".postalAddress: the postal address is missing (APPC art. 63(1))");
        }
        String number = party.identificationNumber();
        if (!blank(number) && !IdentificationNumber.isValid(number)) {
            defects.add(who + (entity ? ".bin" : ".iin") + ": the number given is not a valid "
                    + (entity ? "BIN" : "IIN") + " (12 digits with a check digit; required only if the person has one,"
                    + " APPC art. 63(2)(1))");
        }
        return defects;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}

package kz.appeals.command.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import kz.appeals.events.Party;

/**
 * An applicant, representative or member as the portal sends it. APPC art. 63(1) asks for the name, the IIN or BIN
 * (only if the person has one, art. 63(2)(1)) and the postal address; what is missing or wrong there is a defect of
 * the appeal, recorded after registration (art. 64(1), 64(6)), not a reason to refuse it. The phone and e-mail carry
 * the notices of art. 66(2).
 */
public record PartyRequest(
        @NotNull @OneOf(Party.PartyType.class) String type,
        @Size(max = 20) String iin,
        @Size(max = 20) String bin,
        @Size(max = 300) String fullName,
        @Size(max = 500) String organisationName,
        @Size(max = 500) String postalAddress,
        @Size(max = 30) String phone,
        @Email @Size(max = 200) String email) {
}

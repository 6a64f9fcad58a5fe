package kz.appeals.command.web;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import kz.appeals.command.domain.IdentificationNumber;
import kz.appeals.events.Party;

/**
 * An applicant, representative or member as the portal sends it. APPC art. 63(1) asks for the name, the IIN or BIN
 * and the postal address; the phone and e-mail carry the notices of art. 66(2).
 */
@PartyRequest.Identified
public record PartyRequest(
        @NotNull @OneOf(Party.PartyType.class) String type,
        String iin,
        String bin,
        @Size(max = 300) String fullName,
        @Size(max = 500) String organisationName,
        @NotBlank @Size(max = 500) String postalAddress,
        @Size(max = 30) String phone,
        @Email @Size(max = 200) String email) {

    /** An individual needs a valid IIN and a name; a legal entity a valid BIN and its name (art. 63(1)). */
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    @Constraint(validatedBy = IdentifiedValidator.class)
    public @interface Identified {

        String message() default "invalid identification";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    public static class IdentifiedValidator implements ConstraintValidator<Identified, PartyRequest> {

        @Override
        public boolean isValid(PartyRequest party, ConstraintValidatorContext context) {
            context.disableDefaultConstraintViolation();
            boolean valid = true;
            if (Party.PartyType.INDIVIDUAL.name().equals(party.type())) {
                valid &= check(IdentificationNumber.isValid(party.iin()), "iin",
                        "must be a 12-digit IIN with a valid check digit (APPC art. 63(1))", context);
                valid &= check(party.fullName() != null && !party.fullName().isBlank(), "fullName",
                        "must not be blank for an individual (APPC art. 63(1))", context);
            } else if (Party.PartyType.LEGAL_ENTITY.name().equals(party.type())) {
                valid &= check(IdentificationNumber.isValid(party.bin()), "bin",
                        "must be a 12-digit BIN with a valid check digit (APPC art. 63(1))", context);
                valid &= check(party.organisationName() != null && !party.organisationName().isBlank(),
                        "organisationName", "must not be blank for a legal entity (APPC art. 63(1))", context);
            }
            return valid;
        }

        private static boolean check(boolean ok, String field, String message, ConstraintValidatorContext context) {
            if (!ok) {
                context.buildConstraintViolationWithTemplate(message).addPropertyNode(field).addConstraintViolation();
            }
            return ok;
        }
    }
}

package kz.appeals.query.appeal;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

import kz.appeals.query.access.PersonalDataPolicy.Redaction;
import kz.appeals.query.api.DeadlineView;

/**
 * The appeal with the applicant's contacts, every running and past deadline and the delivery record.
 * {@code personalData} says how the caller sees personal data here: FULL, OWN (only their own in full) or MASKED
 * (IIN/BIN and phone masked, address and e-mail withheld, i.e. null).
 */
public record AppealDetail(@JsonUnwrapped AppealView appeal, String personalData, ApplicantContact applicantContact,
                           List<DeadlineView> deadlines, List<DeliveryView> deliveries) {

    /** Where the applicant (or a collective appeal's representative) is reached (art. 66(2)). */
    public record ApplicantContact(String postalAddress, String phone, String email) {
    }

    public AppealDetail redacted(Redaction redaction) {
        String applicant = appeal.applicantIdNumber();
        ApplicantContact contact = applicantContact == null ? null : new ApplicantContact(
                redaction.withheld(applicant, applicantContact.postalAddress()),
                redaction.phone(applicant, applicantContact.phone()),
                redaction.withheld(applicant, applicantContact.email()));
        return new AppealDetail(appeal.redacted(redaction), redaction.exposure().name(), contact, deadlines,
                deliveries.stream().map(d -> d.redacted(redaction)).toList());
    }
}

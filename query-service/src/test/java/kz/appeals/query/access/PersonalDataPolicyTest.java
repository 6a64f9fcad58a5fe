package kz.appeals.query.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;

import kz.appeals.access.AuthorizationMatrix;
import kz.appeals.access.Identity;
import kz.appeals.access.Role;
import kz.appeals.access.Target;
import kz.appeals.query.access.PersonalDataPolicy.Exposure;
import kz.appeals.query.access.PersonalDataPolicy.Redaction;
import kz.appeals.query.access.PersonalDataPolicy.View;

class PersonalDataPolicyTest {

    static final String APPLICANT = "900101300017";
    static final String MEMBER = "850315400124";
    static final Target APPEAL = Target.appeal("almaty-akimat", null, Set.of(APPLICANT, MEMBER));

    final PersonalDataPolicy policy = new PersonalDataPolicy(AuthorizationMatrix.standard());

    static Identity who(String body, String iin, Role... roles) {
        return new Identity("sub", "Name", null, body, iin, Set.of(roles), "client");
    }

    @Test
    void masksKeepOnlyEnoughToTellTwoApartNotToIdentify() {
        assertThat(PersonalData.maskIdNumber(APPLICANT)).isEqualTo("9001******17");
        assertThat(PersonalData.maskPhone("+77011234567")).isEqualTo("+7701*****67");
        assertThat(PersonalData.maskIdNumber(null)).isNull();
    }

    @Test
    void theTableIsTheOneDocumented() {
        for (Role role : Role.values()) {
            assertThat(PersonalDataPolicy.exposure(View.LIST, role)).as("list, %s", role).isEqualTo(Exposure.MASKED);
        }
        assertThat(PersonalDataPolicy.exposure(View.DETAIL, Role.CITIZEN)).isEqualTo(Exposure.OWN);
        for (Role role : Set.of(Role.PORTAL, Role.REGISTRAR, Role.EXECUTOR, Role.HEAD, Role.DEPUTY_HEAD,
                Role.CHIEF_OF_STAFF, Role.COMPLAINT_REVIEWER, Role.PROSECUTOR)) {
            assertThat(PersonalDataPolicy.exposure(View.DETAIL, role)).as("detail, %s", role).isEqualTo(Exposure.FULL);
        }
        for (Role role : Set.of(Role.CONTROLLER, Role.AUDITOR, Role.OPERATOR)) {
            assertThat(PersonalDataPolicy.exposure(View.DETAIL, role)).as("detail, %s", role)
                    .isEqualTo(Exposure.MASKED);
        }
    }

    @Test
    void aCitizenSeesTheirOwnDataInFullAndACoMembersMasked() {
        Redaction member = policy.redaction(who(null, MEMBER, Role.CITIZEN), "appeal.read", APPEAL, View.DETAIL);
        assertThat(member.idNumber(MEMBER)).isEqualTo(MEMBER);
        assertThat(member.idNumber(APPLICANT)).isEqualTo("9001******17");
        assertThat(member.phone(APPLICANT, "+77011234567")).isEqualTo("+7701*****67");
        assertThat(member.withheld(APPLICANT, "Almaty, Abay ave 10")).isNull();
    }

    @Test
    void theMostOpenRoleCountsOnlyWhereTheMatrixAllowsIt() {
        Identity executorAndController = who("almaty-akimat", null, Role.EXECUTOR, Role.CONTROLLER);
        assertThat(policy.redaction(executorAndController, "appeal.read", APPEAL, View.DETAIL).exposure())
                .isEqualTo(Exposure.FULL);
        // an executor of another body who is also an auditor reads as the auditor (masked), not as an executor
        Identity elsewhere = who("almaty-police", null, Role.EXECUTOR, Role.AUDITOR);
        assertThat(policy.redaction(elsewhere, "appeal.read", APPEAL, View.DETAIL).exposure())
                .isEqualTo(Exposure.MASKED);
        assertThat(policy.redaction(who("almaty-akimat", null, Role.HEAD), "appeal.list",
                Target.body("almaty-akimat"), View.LIST).exposure()).isEqualTo(Exposure.MASKED);
    }

    @Test
    void scrubbedTextKeepsTheCauseButNoValues() {
        String error = "com.fasterxml.jackson.databind.exc.InvalidFormatException: Cannot deserialize value of type "
                + "`java.time.Instant` from String \"Aigerim Sadykova\": at [Source: REDACTED] "
                + "IIN 900101300017, phone +77011234567, mail a.sadykova@mail.kz, event "
                + "123e4567-e89b-12d3-a456-426614174000 sequence 3. Detail: Failing row contains (x, Almaty, 5).";
        String scrubbed = PersonalData.scrub(error);
        assertThat(scrubbed).doesNotContain("Aigerim", "900101300017", "+77011234567", "sadykova", "Almaty")
                .contains("InvalidFormatException", "9001******17", "123e4567-e89b-12d3-a456-426614174000",
                        "sequence 3", "Failing row contains (…)");
    }
}

package kz.appeals.command.web;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import kz.appeals.clock.AppealKind;
import kz.appeals.events.AppealForm;
import kz.appeals.events.Channel;
import kz.appeals.events.Language;

/**
 * The body of {@code POST /api/appeals}. {@code receivedAt} is for appeals entered after the fact (a letter, an oral
 * appeal taken down in a protocol); a portal leaves it out and the server's time of receipt is used. The applicant may
 * be left out or lack a name, address or identifier: refusing an appeal is forbidden (APPC art. 64(1)), so that is a
 * defect recorded on the registered appeal, and one naming nobody is anonymous (art. 64(7-2)), where
 * {@code reportsCrimeOrThreat} marks a report that must still be accepted and redirected. {@code language} is the
 * appeal's (arts. 22, 89(2)).
 */
public record FileAppealRequest(
        @NotNull @OneOf(AppealKind.class) String kind,
        @Valid PartyRequest applicant,
        @Size(max = 10000) List<@NotNull @Valid PartyRequest> members,
        @NotNull @Valid AddresseeRequest addressee,
        @NotBlank @Size(max = 20000) String substance,
        @NotNull @OneOf(AppealForm.class) String form,
        @NotNull @OneOf(Channel.class) String channel,
        @PastOrPresent OffsetDateTime receivedAt,
        boolean reportsCrimeOrThreat,
        @OneOf(Language.class) String language,
        @Valid ChallengedActRequest challenged) {

    /**
     * What a complaint filed here (kind COMPLAINT) challenges: an act adopted on the body's own initiative, an action
     * or inaction (APPC arts. 62(1)(2), 91-92). A complaint against an appeal's act is filed at
     * {@code /api/appeals/{id}/complaints} instead.
     */
    public record ChallengedActRequest(@NotNull @Pattern(regexp = "ACT|ACTION|INACTION") String against,
                                       @Size(max = 100) String actNumber, @PastOrPresent LocalDate actIssuedOn,
                                       @Size(max = 100) String issuedBy, @PastOrPresent LocalDate learnedOfActOn,
                                       boolean routeStated) {
    }

    public record AddresseeRequest(@NotBlank @Size(max = 100) String bodyId, @Size(max = 500) String name) {
    }
}

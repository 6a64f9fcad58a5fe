package kz.appeals.command.web;

import java.time.OffsetDateTime;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import kz.appeals.clock.AppealKind;
import kz.appeals.events.AppealForm;
import kz.appeals.events.Channel;

/**
 * The body of {@code POST /api/appeals}. {@code receivedAt} is for appeals entered after the fact (a letter, an oral
 * appeal taken down in a protocol); a portal leaves it out and the server's time of receipt is used.
 */
public record FileAppealRequest(
        @NotNull @OneOf(AppealKind.class) String kind,
        @NotNull @Valid PartyRequest applicant,
        @Size(max = 10000) List<@NotNull @Valid PartyRequest> members,
        @NotNull @Valid AddresseeRequest addressee,
        @NotBlank @Size(max = 20000) String substance,
        @NotNull @OneOf(AppealForm.class) String form,
        @NotNull @OneOf(Channel.class) String channel,
        @PastOrPresent OffsetDateTime receivedAt) {

    public record AddresseeRequest(@NotBlank @Size(max = 100) String bodyId, @Size(max = 500) String name) {
    }
}

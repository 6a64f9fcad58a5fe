package kz.appeals.command.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

import kz.appeals.access.AuthorizationMatrix;
import kz.appeals.clock.AppealKind;
import kz.appeals.command.domain.AppealRecord;
import kz.appeals.events.Addressee;
import kz.appeals.events.AppealForm;
import kz.appeals.events.Channel;
import kz.appeals.events.Party;
import kz.appeals.lifecycle.AppealState;
import kz.appeals.security.AccessGuard;
import kz.appeals.security.AccessRefusedException;

/**
 * APPC art. 64(9): an appeal is withdrawn by its applicant; for a collective appeal (art. 22(1)) that is the
 * representative recorded as the applicant. Another member of the collective is a party (the matrix's OWN scope lets
 * them read it and complain) but does not withdraw the whole appeal.
 */
class WithdrawalAccessTest {

    static final String REPRESENTATIVE = "870412300415";
    static final String MEMBER = "900101300123";
    static final String OUTSIDER = "850505400321";
    static final String BODY = "almaty-akimat";

    final AppealRecord collective = new AppealRecord("a-1", AppealKind.APPLICATION, AppealState.IN_REVIEW,
            "ЖТ-2026-00000001", person(REPRESENTATIVE), List.of(person(REPRESENTATIVE), person(MEMBER)),
            new Addressee(BODY, "Akimat of Almaty"), AppealForm.ELECTRONIC, Channel.E_OTINISH,
            Instant.parse("2026-03-16T04:00:00Z"), null, null, null, null, null, null, null);
    final CommandAccess access = new CommandAccess(new AccessGuard(AuthorizationMatrix.standard()),
            id -> Optional.of(collective).filter(a -> a.appealId().equals(id)));

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void theRepresentativeWithdraws() {
        signIn(Map.of("sub", "rep", "roles", List.of("CITIZEN"), "iin", REPRESENTATIVE));

        assertThat(withdraws()).isTrue();
    }

    @Test
    void anotherMemberOfTheCollectiveDoesNot() {
        signIn(Map.of("sub", "member", "roles", List.of("CITIZEN"), "iin", MEMBER));
        AtomicBoolean ran = new AtomicBoolean();

        assertThatThrownBy(() -> access.onAppeal(CommandAccess.WITHDRAW, "a-1", caller -> ran.getAndSet(true)))
                .isInstanceOf(AccessRefusedException.class).hasMessageContaining("art. 64(9)");
        assertThat(ran).isFalse();
    }

    @Test
    void aMemberStillActsAsAPartyWhereTheMatrixSaysOwn() {
        signIn(Map.of("sub", "member", "roles", List.of("CITIZEN"), "iin", MEMBER));

        boolean objects = access.onAppeal("appeal.objections", "a-1", caller -> true);

        assertThat(objects).isTrue();
    }

    @Test
    void anOutsiderIsRefusedByTheMatrix() {
        signIn(Map.of("sub", "outsider", "roles", List.of("CITIZEN"), "iin", OUTSIDER));

        assertThatThrownBy(this::withdraws).isInstanceOf(AccessRefusedException.class);
    }

    @Test
    void theRegistrarRecordsAWrittenWithdrawalAndThePortalFilesOneOnTheApplicantsBehalf() {
        signIn(Map.of("sub", "registrar-1", "roles", List.of("REGISTRAR"), "body_id", BODY));
        assertThat(withdraws()).isTrue();

        signIn(Map.of("sub", "portal", "roles", List.of("PORTAL"), "azp", "e-otinish-portal"));
        assertThat(withdraws()).isTrue();
    }

    private boolean withdraws() {
        return access.onAppeal(CommandAccess.WITHDRAW, "a-1", caller -> true);
    }

    private static void signIn(Map<String, Object> claims) {
        Jwt jwt = Jwt.withTokenValue("token").header("alg", "none").claims(c -> c.putAll(claims)).build();
        SecurityContextHolder.getContext().setAuthentication(new JwtAuthenticationToken(jwt));
    }

    private static Party person(String iin) {
        return new Party(Party.PartyType.INDIVIDUAL, iin, null, "Person " + iin, null, "Almaty, Abay 1", null, null);
    }
}

package kz.appeals.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class AuthorizationMatrixTest {

    private final AuthorizationMatrix matrix = AuthorizationMatrix.standard();
    private final EndpointCatalog endpoints = EndpointCatalog.standard();

    private static Identity official(Role role, String body) {
        return new Identity("sub-" + role, "Official", "Chief specialist", body, null, Set.of(role), "agency-dashboard");
    }

    private static Identity citizen(String iin) {
        return new Identity("sub-" + iin, "Aigerim", null, null, iin, Set.of(Role.CITIZEN), "citizen-portal");
    }

    private static Target akimatAppealOf(String iin) {
        return Target.appeal("almaty-akimat", null, Set.of(iin));
    }

    @Test
    void everyEndpointActionHasRowsAndEveryActionHasAnEndpoint() {
        Set<String> used = endpoints.endpoints().stream().map(Endpoint::action)
                .filter(a -> !a.equals(EndpointCatalog.PUBLIC)).collect(Collectors.toSet());
        assertThat(matrix.actions()).containsExactlyInAnyOrderElementsOf(used);
    }

    @Test
    @DisplayName("A citizen may not adopt an administrative act, even on their own appeal (arts. 77-80)")
    void citizenCannotIssueAnAct() {
        Decision d = matrix.decide(citizen("900101300017"), "appeal.act", akimatAppealOf("900101300017"));
        assertThat(d.allowed()).isFalse();
        assertThat(d.reason()).contains("CITIZEN").contains("appeal.act");
    }

    @Test
    void anOfficialActsOnlyForTheBodyHoldingTheAppeal() {
        assertThat(matrix.decide(official(Role.HEAD, "almaty-akimat"), "appeal.act", akimatAppealOf("1")).allowed())
                .isTrue();
        Decision other = matrix.decide(official(Role.HEAD, "almaty-police"), "appeal.act", akimatAppealOf("1"));
        assertThat(other.allowed()).isFalse();
        assertThat(other.reason()).contains("own body").contains("almaty-police");
    }

    @Test
    @DisplayName("Only a head, deputy head or chief of staff extends a review period (art. 76(3))")
    void onlyHeadsExtend() {
        for (Role role : Role.values()) {
            boolean allowed = matrix.decide(official(role, "almaty-akimat"), "appeal.extend", akimatAppealOf("1"))
                    .allowed();
            assertThat(allowed).as(role.name())
                    .isEqualTo(Set.of(Role.HEAD, Role.DEPUTY_HEAD, Role.CHIEF_OF_STAFF).contains(role));
        }
    }

    @Test
    void aCitizenReadsOnlyAppealsWhereTheyAreAParty() {
        Identity aigerim = citizen("900101300017");
        assertThat(matrix.decide(aigerim, "appeal.read", akimatAppealOf("900101300017")).allowed()).isTrue();
        assertThat(matrix.decide(aigerim, "appeal.read", akimatAppealOf("850515300019")).allowed()).isFalse();
        assertThat(matrix.decide(aigerim, "citizen.appeals", Target.party("850515300019")).allowed()).isFalse();
    }

    @Test
    @DisplayName("A complaint is decided by the review body only (arts. 91(4), 97(2))")
    void complaintDecisionBelongsToTheReviewBody() {
        Target complaint = Target.appeal("almaty-akimat", "kz-government-office", Set.of("1"));
        assertThat(matrix.decide(official(Role.COMPLAINT_REVIEWER, "kz-government-office"),
                "appeal.complaint-decision", complaint).allowed()).isTrue();
        assertThat(matrix.decide(official(Role.COMPLAINT_REVIEWER, "almaty-akimat"),
                "appeal.complaint-decision", complaint).allowed()).isFalse();
        assertThat(matrix.decide(official(Role.HEAD, "almaty-akimat"),
                "appeal.complaint-decision", complaint).allowed()).isFalse();
    }

    @Test
    void theOperatorRunsTheSystemButReadsNoAppeal() {
        Identity operator = new Identity("op", "Operator", null, null, null, Set.of(Role.OPERATOR), "operator-console");
        assertThat(matrix.decide(operator, "admin.read-models", Target.none()).allowed()).isTrue();
        for (String action : matrix.actions()) {
            if (action.startsWith("appeal.") || action.startsWith("audit.") || action.startsWith("citizen.")) {
                assertThat(matrix.mayAttempt(operator, action)).as(action).isFalse();
            }
        }
    }

    @Test
    void exportsAreForProsecutorsAndAuditorsOnly() {
        Set<Role> allowed = matrix.rows("audit.export").stream().map(MatrixRow::role).collect(Collectors.toSet());
        assertThat(allowed).containsExactlyInAnyOrder(Role.PROSECUTOR, Role.AUDITOR);
    }

    @Test
    void anUnknownActionIsClosed() {
        Decision d = matrix.decide(official(Role.HEAD, "b"), "appeal.something-new", Target.none());
        assertThat(d.allowed()).isFalse();
        assertThat(d.reason()).contains("closed by default");
    }

    @Test
    void identityIsReadFromKeycloakClaims() {
        Identity id = Identity.fromClaims(Map.of("sub", "u-1", "name", "Aigerim Sadykova", "iin", "900101300017",
                "realm_access", Map.of("roles", java.util.List.of("CITIZEN", "offline_access")), "azp", "citizen-portal"));
        assertThat(id.roles()).containsExactly(Role.CITIZEN);
        assertThat(id.idNumber()).isEqualTo("900101300017");
        assertThat(id.displayName()).isEqualTo("Aigerim Sadykova");
        assertThat(id.clientId()).isEqualTo("citizen-portal");
    }

    @Test
    void endpointTemplatesMatchTheMostLiteralRow() {
        assertThat(endpoints.find("command-service", "POST", "/api/appeals/abc/court-decision/executed"))
                .map(Endpoint::action).contains("appeal.court-execution");
        assertThat(endpoints.find("command-service", "POST", "/api/appeals/abc/court-decision"))
                .map(Endpoint::action).contains("appeal.court-decision");
        assertThat(endpoints.find("query-service", "GET", "/api/audit/appeals/x/events")).map(Endpoint::action)
                .contains("audit.history");
        assertThat(endpoints.find("query-service", "GET", "/actuator/health/readiness")).map(Endpoint::action)
                .contains(EndpointCatalog.PUBLIC);
        assertThat(endpoints.find("query-service", "GET", "/api/appeals/x/y")).isEmpty();
        assertThat(endpoints.find("query-service", "DELETE", "/api/appeals/x")).isEmpty();
        assertThat(endpoints.find("command-service", "GET", "/api/appeals")).isEmpty();
    }

    @Test
    @DisplayName("docs/security.md prints the matrix exactly as the file has it")
    void theMatrixInTheDocsIsTheMatrixInForce() throws java.io.IOException {
        String docs = Files.readString(Path.of("..", "docs", "security.md"));
        assertThat(docs).contains(matrix.toMarkdown());
    }
}

package kz.appeals.testsupport.fuzz;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import kz.appeals.access.AuthorizationMatrix;
import kz.appeals.access.Endpoint;
import kz.appeals.access.EndpointCatalog;
import kz.appeals.access.MatrixRow;
import kz.appeals.access.Role;
import kz.appeals.testsupport.TestIdentityProvider;

/**
 * Tokens for the fuzzer from the real catalog and matrix: for each operation a role that may attempt its action (the
 * widest-reaching first, so requests get past scope checks) and one that may not.
 */
public final class MatrixCredentials implements RequestGenerator.Credentials {

    static final List<Role> PREFERRED = List.of(Role.PROSECUTOR, Role.AUDITOR, Role.OPERATOR, Role.PORTAL,
            Role.REGISTRAR, Role.HEAD, Role.EXECUTOR, Role.CONTROLLER, Role.CITIZEN);

    private final String service;
    private final EndpointCatalog catalog;
    private final AuthorizationMatrix matrix;
    private final TestIdentityProvider idp;
    private final String body;
    private final String idNumber;
    private final Map<String, RequestGenerator.Credential> tokens = new HashMap<>();

    public MatrixCredentials(String service, TestIdentityProvider idp, String body, String idNumber) {
        this.service = service;
        this.catalog = EndpointCatalog.standard();
        this.matrix = AuthorizationMatrix.standard();
        this.idp = idp;
        this.body = body;
        this.idNumber = idNumber;
    }

    @Override
    public RequestGenerator.Credential allowed(ApiOperation operation) {
        List<Role> roles = action(operation).map(a -> matrix.rows(a).stream().map(MatrixRow::role).distinct().toList())
                .orElse(List.of());
        return PREFERRED.stream().filter(roles::contains).findFirst()
                .or(() -> roles.stream().findFirst()).map(this::token).orElse(null);
    }

    @Override
    public RequestGenerator.Credential refused(ApiOperation operation) {
        List<Role> roles = action(operation).map(a -> matrix.rows(a).stream().map(MatrixRow::role).distinct().toList())
                .orElse(List.of());
        return PREFERRED.stream().filter(r -> !roles.contains(r)).findFirst().map(this::token).orElse(null);
    }

    private Optional<String> action(ApiOperation operation) {
        return catalog.find(service, operation.method(), operation.path()).map(Endpoint::action);
    }

    private synchronized RequestGenerator.Credential token(Role role) {
        return tokens.computeIfAbsent(role.name(), name -> {
            TestIdentityProvider.Token token = idp.token("fuzz-" + name.toLowerCase()).name("Fuzz " + name)
                    .roles(name).client("fuzz");
            if (role.isOfficial()) {
                token.body(body).position(name.toLowerCase());
            }
            if (role == Role.CITIZEN) {
                token.idNumber(idNumber);
            }
            // long-lived enough for a whole fuzz run
            token.expiresAt(java.time.Instant.now().plus(java.time.Duration.ofHours(2)));
            return new RequestGenerator.Credential(name, token.sign());
        });
    }
}

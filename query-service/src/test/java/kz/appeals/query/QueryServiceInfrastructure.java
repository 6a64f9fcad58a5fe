package kz.appeals.query;

import org.springframework.test.context.DynamicPropertyRegistry;

import kz.appeals.testsupport.TestIdentityProvider;
import kz.appeals.testsupport.TestInfrastructure;

/**
 * Points a query-service test context at a fresh database on the real PostgreSQL, at its own topic, and at the test
 * OpenID Connect issuer whose tokens it must accept (and nobody else's).
 */
final class QueryServiceInfrastructure {

    private QueryServiceInfrastructure() {
    }

    static void register(DynamicPropertyRegistry registry, String topic) {
        TestInfrastructure.Database db = TestInfrastructure.freshDatabase();
        registry.add("spring.datasource.url", db::url);
        registry.add("spring.datasource.username", db::user);
        registry.add("spring.datasource.password", db::password);
        registry.add("appeals.projection.bootstrap-servers", TestInfrastructure::kafkaBootstrap);
        registry.add("appeals.projection.topic", () -> topic);
        registry.add("appeals.projection.partitions", () -> "2");
        registry.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", TestIdentityProvider.shared()::issuer);
        registry.add("spring.security.oauth2.resourceserver.jwt.audiences", () -> TestIdentityProvider.AUDIENCE);
    }
}

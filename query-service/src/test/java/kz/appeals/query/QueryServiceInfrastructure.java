package kz.appeals.query;

import org.springframework.test.context.DynamicPropertyRegistry;

import kz.appeals.testsupport.TestInfrastructure;

/** Points a query-service test context at a fresh database on the real PostgreSQL and at its own topic. */
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
    }
}

package kz.appeals.access;

/**
 * One HTTP endpoint of a service and the action it performs. The action {@link EndpointCatalog#PUBLIC} marks the few
 * endpoints open without a token (health, the API description).
 */
public record Endpoint(String service, String method, String path, String action) {
}

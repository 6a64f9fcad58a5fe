package kz.appeals.access;

/** One allowed cell of the matrix: this role may perform this action on appeals within this scope, for this reason. */
public record MatrixRow(String action, Role role, Scope scope, String reason) {
}

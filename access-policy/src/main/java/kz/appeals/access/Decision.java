package kz.appeals.access;

/**
 * The matrix's answer for one caller, action and target. When allowed, {@code row} is the cell that allowed it (its
 * role is the role the caller acted in); when refused, {@code reason} says why in words fit for a 403 problem.
 */
public record Decision(boolean allowed, MatrixRow row, String reason) {

    static Decision allow(MatrixRow row) {
        return new Decision(true, row, row.reason());
    }

    static Decision refuse(String reason) {
        return new Decision(false, null, reason);
    }

    public Role actingRole() {
        return row == null ? null : row.role();
    }
}

package kz.appeals.events;

/** Grounds to leave a complaint without consideration (APPC arts. 95, 100(1)). */
public enum LeaveWithoutConsiderationGround {
    EARLIER_DECISION_EXISTS,
    FINAL_COURT_ACT_EXISTS,
    RETURNED,
    WITHDRAWN,
    LAWSUIT_PENDING
}

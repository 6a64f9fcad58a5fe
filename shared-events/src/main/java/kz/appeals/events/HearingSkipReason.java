package kz.appeals.events;

/** The cases of APPC art. 73 in which the participant need not be heard. */
public enum HearingSkipReason {
    FAVOURABLE_ACT_NO_THIRD_PARTY,
    PERIOD_SHORTER_THAN_5_WORKING_DAYS,
    URGENCY,
    PARTICIPANT_REQUEST,
    SIMPLIFIED_PROCEDURE,
    FULLY_AUTOMATED_DECISION
}

package kz.appeals.events;

/** What an administrative act decided on the applicant's request. */
public enum ActOutcome { SATISFIED, PARTLY_SATISFIED, REFUSED }

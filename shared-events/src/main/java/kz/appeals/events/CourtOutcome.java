package kz.appeals.events;

/** What the court decided on the claim. */
public enum CourtOutcome { CLAIM_SATISFIED, CLAIM_PARTLY_SATISFIED, CLAIM_DISMISSED }

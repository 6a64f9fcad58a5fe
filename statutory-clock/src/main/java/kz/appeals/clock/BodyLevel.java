package kz.appeals.clock;

/**
 * Level of the body reviewing an appeal. Only petitions depend on it (APPC art. 90-5(1): 40 working days for a
 * central state body, 20 for a local one); every other kind ignores it.
 */
public enum BodyLevel { CENTRAL, LOCAL }

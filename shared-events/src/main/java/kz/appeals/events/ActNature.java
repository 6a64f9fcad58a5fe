package kz.appeals.events;

/** APPC art. 4(1): a favourable act grants or confirms a right; a burdensome act refuses, restricts or imposes. */
public enum ActNature { FAVOURABLE, BURDENSOME }

package kz.appeals.command.domain;

public enum AppealState { FILED, REGISTERED }

package kz.appeals.events;

/** Forms an appeal may take (APPC art. 63; written on paper or electronically, orally, by video-conference). */
public enum AppealForm { PAPER, ELECTRONIC, ORAL, VIDEO }

package kz.appeals.clock;

/** Kinds of appeal with their own review period (APPC art. 4(1)(16), arts. 76, 87-90-6, 99 and special laws). */
public enum AppealKind {
    APPLICATION, COMPLAINT, REQUEST, PROPOSAL, RESPONSE, REPORT, ADVOCATE_REQUEST, BAILIFF_REQUEST,
    PUBLIC_SERVICE_COMPLAINT, MEDIA_REQUEST, INFORMATION_REQUEST, PETITION
}

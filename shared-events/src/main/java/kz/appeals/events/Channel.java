package kz.appeals.events;

/** How an appeal reached the body: the e-Otinish platform, the e-gov portal, post, in person, phone or video. */
public enum Channel { E_OTINISH, EGOV_PORTAL, BODY_WEBSITE, EMAIL, POST, IN_PERSON, PHONE, VIDEO_CONFERENCE }

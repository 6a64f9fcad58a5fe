package kz.appeals.events;

/** Means of delivering decisions and notices (APPC art. 66(2)); OTHER_RECORDED is any means that records delivery. */
public enum DeliveryChannel { REGISTERED_MAIL, EGOV_CABINET_AND_SMS, SMS, EMAIL, IN_PERSON, OTHER_RECORDED }

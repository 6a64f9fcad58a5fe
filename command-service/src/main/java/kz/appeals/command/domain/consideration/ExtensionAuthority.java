package kz.appeals.command.domain.consideration;

/** The officials who may extend a review period by a motivated decision (APPC art. 76(3)). */
public enum ExtensionAuthority { HEAD, DEPUTY_HEAD, CHIEF_OF_STAFF }

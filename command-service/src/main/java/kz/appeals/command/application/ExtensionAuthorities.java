package kz.appeals.command.application;

import java.util.Optional;

import kz.appeals.access.Role;
import kz.appeals.command.domain.consideration.ExtensionAuthority;

/**
 * APPC art. 76(3): which token roles decide an extension, and as which official. Role (access-policy) and
 * ExtensionAuthority (the domain) are separate vocabularies matched by an exhaustive switch, never by constant name:
 * a new role is a compile error here until someone decides whether it may extend.
 */
final class ExtensionAuthorities {

    private ExtensionAuthorities() {
    }

    static Optional<ExtensionAuthority> of(Role role) {
        return Optional.ofNullable(switch (role) {
            case HEAD -> ExtensionAuthority.HEAD;
            case DEPUTY_HEAD -> ExtensionAuthority.DEPUTY_HEAD;
            case CHIEF_OF_STAFF -> ExtensionAuthority.CHIEF_OF_STAFF;
            case CITIZEN, PORTAL, REGISTRAR, EXECUTOR, CONTROLLER, COMPLAINT_REVIEWER, PROSECUTOR, AUDITOR, OPERATOR ->
                    null;
        });
    }
}

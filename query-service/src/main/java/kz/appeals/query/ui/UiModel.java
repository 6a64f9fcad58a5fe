package kz.appeals.query.ui;

import java.util.Locale;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import kz.appeals.access.AuthorizationMatrix;
import kz.appeals.access.Identity;
import kz.appeals.security.AccessGuard;

/** What every page's header needs: who is signed in, the language, which menu entries their roles may open. */
@ControllerAdvice(assignableTypes = {HomePages.class, DashboardPages.class, AppealPages.class, CitizenPages.class})
class UiModel {

    record Menu(boolean dashboard, boolean appeals, boolean myAppeals) {
    }

    private final AuthorizationMatrix matrix;

    UiModel(AuthorizationMatrix matrix) {
        this.matrix = matrix;
    }

    @ModelAttribute("who")
    Identity who() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return AccessGuard.identityOf(authentication);
    }

    @ModelAttribute("menu")
    Menu menu() {
        Identity who = who();
        if (who == null) {
            return new Menu(false, false, false);
        }
        return new Menu(matrix.mayAttempt(who, "body.dashboard"), matrix.mayAttempt(who, "appeal.list"),
                who.idNumber() != null && matrix.mayAttempt(who, "citizen.appeals"));
    }

    @ModelAttribute("lang")
    String lang(Locale locale) {
        return locale.getLanguage();
    }
}

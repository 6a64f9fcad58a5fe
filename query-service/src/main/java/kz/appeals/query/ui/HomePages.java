package kz.appeals.query.ui;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

import kz.appeals.access.AuthorizationMatrix;
import kz.appeals.access.Identity;
import kz.appeals.security.AccessGuard;

/** The way in: the sign-in page (official or citizen) and, once signed in, the user's own first page. */
@Controller
class HomePages {

    private final AuthorizationMatrix matrix;

    HomePages(AuthorizationMatrix matrix) {
        this.matrix = matrix;
    }

    @GetMapping("/ui/sign-in")
    String signIn() {
        return "ui/sign-in";
    }

    /** Shows nothing itself: sends each user to the page their roles may open. */
    @GetMapping("/ui")
    String home(Authentication authentication) {
        Identity who = AccessGuard.identityOf(authentication);
        if (who == null) {
            return "redirect:/ui/sign-in";
        }
        if (matrix.mayAttempt(who, "body.dashboard")) {
            return "redirect:/ui/dashboard";
        }
        if (matrix.mayAttempt(who, "appeal.list")) {
            return "redirect:/ui/appeals";
        }
        return "redirect:/ui/my-appeals";
    }
}

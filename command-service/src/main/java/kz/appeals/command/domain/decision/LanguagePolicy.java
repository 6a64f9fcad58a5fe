package kz.appeals.command.domain.decision;

import kz.appeals.command.domain.Verdict;
import kz.appeals.events.Language;

/**
 * APPC arts. 22, 89(2): the answer and the administrative act are given in the state language or in the language of
 * the appeal. An answer in another language is refused. Where the appeal did not state its language (and in appeals
 * filed before it was recorded) either language is accepted, since neither can be shown wrong.
 */
public final class LanguagePolicy {

    public static final String BASIS = "APPC art. 22, 89(2)";

    private LanguagePolicy() {
    }

    /** The language of the answer: as given, else the appeal's; null (not recorded) if neither was stated. */
    public static Language answerLanguage(Language given, Language appeals) {
        return given != null ? given : appeals;
    }

    public static Verdict answer(Language answer, Language appeals) {
        return Verdict.allowedIf(answer == null || answer == Language.STATE || appeals == null || answer == appeals,
                BASIS,
                "the answer must be in the state language (" + Language.STATE + ") or the appeal's language ("
                        + appeals + "), not " + answer);
    }
}

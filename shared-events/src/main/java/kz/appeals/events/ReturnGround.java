package kz.appeals.events;

/** Grounds to return an appeal with reasons (APPC art. 64(7)). */
public enum ReturnGround {
    /** The period set under art. 64(6) to fix the defects passed. */
    DEFECTS_NOT_FIXED_IN_TIME,
    /**
     * It repeats, with no new arguments, an appeal of the same applicant whose procedure the same body terminated
     * (art. 64(7)(2)).
     */
    REPEAT_WITHOUT_NEW_ARGUMENTS,
    /** It contains obscene or insulting language. */
    OBSCENE_OR_INSULTING
}

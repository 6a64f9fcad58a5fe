package kz.appeals.events;

/**
 * Languages of an appeal and of the answer to it (APPC arts. 22, 89(2)): the state language, Kazakh ({@code KK},
 * ISO 639-1 "kk"), and Russian ({@code RU}), used officially on a par with it.
 */
public enum Language {
    KK, RU;

    /** The state language (Constitution art. 7(1)). */
    public static final Language STATE = KK;
}

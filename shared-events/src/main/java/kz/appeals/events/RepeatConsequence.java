package kz.appeals.events;

/** What the Code makes of a repeated appeal, by what became of the earlier one (APPC arts. 64(7)(2), 64(8), 70). */
public enum RepeatConsequence {
    /** It brings new arguments: considered as a new appeal (art. 70(5)). */
    NEW_APPEAL,
    /** Nothing new, and the earlier procedure was terminated: returned with reasons within 3 working days of registration (art. 64(7)(2)). */
    RETURN,
    /** Nothing new, re-filed after that return: attached to the earlier case without an answer (art. 64(8)). */
    ATTACH,
    /** Nothing new, and a decision on the same subject exists: the procedure is terminated (art. 70(1)(1); 88(1) in the simplified procedure). */
    TERMINATE
}

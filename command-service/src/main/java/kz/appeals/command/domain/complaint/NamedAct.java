package kz.appeals.command.domain.complaint;

import java.time.LocalDate;

/**
 * The act, action or inaction a complaint filed directly ({@code POST /api/appeals}, kind COMPLAINT) challenges, named
 * by the complainant because it is on no appeal here: an act the body adopted on its own initiative (APPC art.
 * 62(1)(2)), or one older than the system. {@code against}: ACT, ACTION or INACTION; {@code actNumber} and
 * {@code actIssuedOn} identify the act (or describe the action); {@code issuedBy} is the official who signed it (who
 * may not review the complaint, art. 97(2)); {@code learnedOfActOn} starts the filing period (art. 92), and
 * {@code routeStated} says whether the act stated the complaint route (3 months if so, else 6).
 */
public record NamedAct(String against, String actNumber, LocalDate actIssuedOn, String issuedBy,
                       LocalDate learnedOfActOn, boolean routeStated) {
}

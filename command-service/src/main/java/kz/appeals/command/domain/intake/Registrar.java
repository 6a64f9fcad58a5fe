package kz.appeals.command.domain.intake;

/** Who the talon names as having registered the appeal (art. 64(2)): an official, or a system for an automatic one. */
public record Registrar(String id, String name, String position) {
}

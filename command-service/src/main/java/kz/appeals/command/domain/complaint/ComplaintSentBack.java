package kz.appeals.command.domain.complaint;

import java.util.List;

import kz.appeals.command.domain.CommandAck;

/** What sending back a complaint answers: the complaint's ack, and which appeal gets its case back with which violations. */
public record ComplaintSentBack(CommandAck ack, String challengedAppealId, List<String> violations) {
}

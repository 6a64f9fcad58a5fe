package kz.appeals.command.web;

import kz.appeals.command.application.FilingReceipt;
import kz.appeals.command.domain.CommandAck;
import kz.appeals.lifecycle.AppealState;

/**
 * The answer to a command on an appeal: its new version (also the {@code ETag}) and stage; {@code created} holds the
 * receipt of an appeal the command opened (the child of a partial redirect).
 */
record ActionResult(String appealId, long version, AppealState state, FilingReceipt created) {

    static ActionResult of(CommandAck ack) {
        return new ActionResult(ack.appealId(), ack.version(), ack.state(), null);
    }
}

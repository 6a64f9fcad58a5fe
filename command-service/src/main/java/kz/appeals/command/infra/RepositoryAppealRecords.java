package kz.appeals.command.infra;

import java.util.Optional;

import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

import kz.appeals.command.domain.Appeal;
import kz.appeals.command.domain.AppealRecord;
import kz.appeals.command.domain.AppealRecords;
import kz.appeals.command.domain.StatutoryTime;

/** Reads another appeal from the event store inside the running command, so its state is current, not projected. */
@Component
class RepositoryAppealRecords implements AppealRecords {

    private final Repository<Appeal> appeals;
    private final StatutoryTime time;

    RepositoryAppealRecords(@Lazy Repository<Appeal> appeals, StatutoryTime time) {
        this.appeals = appeals;
        this.time = time;
    }

    @Override
    public Optional<AppealRecord> find(String appealId) {
        try {
            return Optional.of(appeals.load(appealId).invoke(appeal -> appeal.record(time)));
        } catch (AggregateNotFoundException e) {
            return Optional.empty();
        }
    }
}

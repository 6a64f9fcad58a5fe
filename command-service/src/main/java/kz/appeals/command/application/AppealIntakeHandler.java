package kz.appeals.command.application;

import java.time.Clock;
import java.time.Instant;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

import kz.appeals.clock.DueDate;
import kz.appeals.clock.Registration;
import kz.appeals.clock.StatutoryClock;
import kz.appeals.command.domain.Appeal;
import kz.appeals.command.domain.FileAppeal;
import kz.appeals.command.domain.TalonNumbers;
import kz.appeals.events.AppealForm;

/**
 * Files and registers an appeal in one step, as e-Otinish does: the registration day and the review due date come
 * from the statutory clock, the talon number from its counter, and the receipt goes straight back to the portal.
 */
@Component
public class AppealIntakeHandler {

    static final String AUTOMATIC_REGISTRAR = "automatic registration";

    private final Repository<Appeal> appeals;
    private final StatutoryClock statutoryClock;
    private final TalonNumbers talonNumbers;
    private final Clock clock;

    public AppealIntakeHandler(Repository<Appeal> appealRepository, StatutoryClock statutoryClock,
                               TalonNumbers talonNumbers, Clock clock) {
        this.appeals = appealRepository;
        this.statutoryClock = statutoryClock;
        this.talonNumbers = talonNumbers;
        this.clock = clock;
    }

    @CommandHandler
    public FilingReceipt handle(FileAppeal command, MetaData metaData) throws Exception {
        Registration registration = statutoryClock.registration(command.receivedAt());
        DueDate review = statutoryClock.reviewDueDate(command.kind(), command.receivedAt());
        String prefix = TalonNumbers.prefixFor(command.applicant());
        int year = registration.registeredOn().getYear();
        String talon = TalonNumbers.format(prefix, year, talonNumbers.next(prefix, year));
        String registrar = registrar(command, metaData);
        Instant issuedAt = clock.instant();
        appeals.newInstance(() -> new Appeal(command, talon, registration, review, registrar, issuedAt));
        return new FilingReceipt(command.appealId(), command.kind(), talon, command.receivedAt(),
                registration.registeredOn(), review.dueDate(), review.period(), review.legalBasis(),
                review.ruleSetVersion(), review.calendarVersion(), review.explanation());
    }

    /** Electronic appeals are registered by the platform itself; others by the official who entered them. */
    private static String registrar(FileAppeal command, MetaData metaData) {
        Object user = metaData.get(ActorMetaData.USER_ID);
        if (command.form() == AppealForm.ELECTRONIC || user == null) {
            return AUTOMATIC_REGISTRAR;
        }
        return user.toString();
    }
}

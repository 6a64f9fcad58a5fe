package kz.appeals.query.appeal;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import kz.appeals.query.api.PageOf;
import kz.appeals.query.api.Sort;

/**
 * The read models as the browser pages read them (issue #14): the same rows and mappings as the API's
 * {@link AppealViewRepository}, plus the page list's extra filters (kind, due range). Records as stored, personal data
 * in full: the caller decides access and redacts through {@link kz.appeals.query.access.ReadAccess} first.
 */
@Component
public class AppealReads {

    /** The read side's states, as the API's list accepts them. */
    public static final List<String> STATES = AppealQueryController.STATES;

    /** A page list's filters; every one optional. */
    public record Filter(String holdingBodyId, String reviewBodyId, String state, String kind, String executorId,
                         LocalDate dueFrom, LocalDate dueTo) {
    }

    private final AppealViewRepository appeals;

    AppealReads(AppealViewRepository appeals) {
        this.appeals = appeals;
    }

    public Optional<AppealDetail> detail(String appealId) {
        return appeals.detail(appealId);
    }

    public PageOf<AppealView> search(Filter f, Sort sort, int page, int size) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        List<Object> args = new ArrayList<>();
        condition(where, args, " AND body_id = ?", f.holdingBodyId());
        condition(where, args, " AND review_body_id = ?", f.reviewBodyId());
        condition(where, args, " AND state = ?", f.state());
        condition(where, args, " AND kind = ?", f.kind());
        condition(where, args, " AND executor_id = ?", f.executorId());
        condition(where, args, " AND due_date >= ?", f.dueFrom() == null ? null : Date.valueOf(f.dueFrom()));
        condition(where, args, " AND due_date <= ?", f.dueTo() == null ? null : Date.valueOf(f.dueTo()));
        // a list reads the summary columns only, never the explanation (issue 13 item 6)
        return appeals.list(where.toString(), args, sort, page, size);
    }

    private static void condition(StringBuilder where, List<Object> args, String sql, Object value) {
        if (value != null) {
            where.append(sql);
            args.add(value);
        }
    }
}

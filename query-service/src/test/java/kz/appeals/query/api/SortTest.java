package kz.appeals.query.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The sort parameter: a listed field and a direction, anything else a 400 naming the parameter (never a 500). */
class SortTest {

    @Test
    void aListedFieldWithADirectionIsTaken() {
        Sort sort = Sort.parse("dueDate,desc", "receivedAt", false, Sort.APPEAL_COLUMNS);
        assertThat(sort).isEqualTo(new Sort("dueDate", false));
        assertThat(sort.sql(Sort.APPEAL_COLUMNS)).isEqualTo("due_date DESC NULLS LAST");
    }

    @ParameterizedTest
    @ValueSource(strings = {",", ",,", "dueDate,", ",asc", "dueDate,up", "dueDate,asc,x", "nope"})
    void anythingElseIsRefusedNamingTheParameter(String value) {
        assertThatThrownBy(() -> Sort.parse(value, "receivedAt", false, Sort.APPEAL_COLUMNS))
                .isInstanceOfSatisfying(BadParameterException.class,
                        e -> assertThat(e.getMessage()).contains("sort"));
    }
}

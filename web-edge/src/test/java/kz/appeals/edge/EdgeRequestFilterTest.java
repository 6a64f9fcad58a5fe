package kz.appeals.edge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

/** The edge's checks of path and parameters answer with a problem or let the request through, never fail. */
class EdgeRequestFilterTest {

    @Test
    void aParameterWithoutAValueIsCheckedAsEmpty() {
        // what Spring's form parsing of a DELETE body without "=" gives (found by CommandFuzzIT)
        MockHttpServletRequest request = new MockHttpServletRequest("DELETE", "/api/appeals/a-1/preliminary-decision");
        request.setParameter("{\"nature\":\"APPLICATION\"}", (String) null);
        assertThat(EdgeRequestFilter.check(request)).isNull();
    }

    @Test
    void aParameterGivenTwiceIsRefused() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/appeals");
        request.setParameter("state", "DECIDED", "FILED");
        assertThat(EdgeRequestFilter.check(request)).isNotNull()
                .hasMessageContaining("more than once");
    }
}

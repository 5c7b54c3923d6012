package uk.tidemark.app.web.request;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.PatternLayout;
import ch.qos.logback.classic.spi.LoggingEvent;
import jakarta.servlet.DispatcherType;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.yaml.snakeyaml.Yaml;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The request id's rules (decision 0033), without a server: which incoming ids are used, that the id is in the MDC
 * for exactly the request and in the answer's header, that the error page's dispatch of the same request keeps it,
 * and that the text log pattern of application.yml shows it in brackets on a request's lines and nothing on others.
 * {@code JsonLogsTest} shows the same over real HTTP, in the JSON logs.
 */
class RequestIdFilterTest {

    @Test
    void aWellFormedIdIsUsedAndAnythingElseReplaced() {
        for (String good : List.of("a", "3f2c9e1a-4b7d-4e1f-9c0a-1d2e3f4a5b6c", "req_42.retry-1", "A".repeat(64))) {
            assertThat(RequestIdFilter.idFor(good)).as(good).isEqualTo(good);
        }
        for (String bad : List.of("", " ", "-leading", ".x", "A".repeat(65), "two words", "quote\"", "line\nbreak",
                "a=b", "ünïcode", "x;y", "{json}")) {
            String id = RequestIdFilter.idFor(bad);
            assertThat(id).as(bad).isNotEqualTo(bad).matches(RequestIdFilter.WELL_FORMED).hasSize(36);
        }
        assertThat(RequestIdFilter.idFor(null)).matches(RequestIdFilter.WELL_FORMED);
        assertThat(RequestIdFilter.idFor(null)).as("a new one each time").isNotEqualTo(RequestIdFilter.idFor(null));
    }

    @Test
    void theIdIsInTheMdcForTheRequestOnlyAndEchoedAndKeptForTheErrorDispatch() throws Exception {
        RequestIdFilter filter = new RequestIdFilter();
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/incidents");
        request.addHeader(RequestIdFilter.HEADER, "bad id");
        MockHttpServletResponse response = new MockHttpServletResponse();
        AtomicReference<String> seen = new AtomicReference<>();
        filter.doFilter(request, response, new MockFilterChain() {
            @Override
            public void doFilter(jakarta.servlet.ServletRequest req, jakarta.servlet.ServletResponse res) {
                seen.set(MDC.get(RequestIdFilter.MDC_KEY));
            }
        });
        String id = response.getHeader(RequestIdFilter.HEADER);
        assertThat(id).matches(RequestIdFilter.WELL_FORMED).isNotEqualTo("bad id");
        assertThat(seen.get()).isEqualTo(id);
        assertThat(MDC.get(RequestIdFilter.MDC_KEY)).as("after the request").isNull();

        // Tomcat's error page: the same request dispatched again to /error
        request.setDispatcherType(DispatcherType.ERROR);
        MockHttpServletResponse error = new MockHttpServletResponse();
        filter.doFilter(request, error, new MockFilterChain() {
            @Override
            public void doFilter(jakarta.servlet.ServletRequest req, jakarta.servlet.ServletResponse res) {
                seen.set(MDC.get(RequestIdFilter.MDC_KEY));
            }
        });
        assertThat(seen.get()).as("the error dispatch's lines").isEqualTo(id);
        assertThat(error.getHeader(RequestIdFilter.HEADER)).isEqualTo(id);
        assertThat(MDC.get(RequestIdFilter.MDC_KEY)).isNull();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theTextPatternShowsTheIdInBracketsOnlyOnARequestsLines() throws Exception {
        Map<String, Object> yaml = new Yaml().load(Files.readString(Path.of("src/main/resources/application.yml")));
        Map<String, Object> pattern = (Map<String, Object>) ((Map<String, Object>) yaml.get("logging")).get("pattern");
        String correlation = (String) pattern.get("correlation");

        LoggerContext context = new LoggerContext();
        PatternLayout layout = new PatternLayout();
        layout.setContext(context);
        layout.setPattern("%level " + correlation + "%logger : %msg");
        layout.start();
        LoggingEvent event = new LoggingEvent("fqcn", context.getLogger("uk.tidemark.Example"), Level.INFO, "hello",
                null, null);
        event.setMDCPropertyMap(Map.of(RequestIdFilter.MDC_KEY, "probe-1"));
        assertThat(layout.doLayout(event)).isEqualTo("INFO [probe-1] uk.tidemark.Example : hello");
        LoggingEvent outside = new LoggingEvent("fqcn", context.getLogger("uk.tidemark.Example"), Level.INFO, "hello",
                null, null);
        outside.setMDCPropertyMap(Map.of());
        assertThat(layout.doLayout(outside)).isEqualTo("INFO uk.tidemark.Example : hello");
    }
}

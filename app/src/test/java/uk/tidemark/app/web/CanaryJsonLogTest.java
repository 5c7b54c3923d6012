package uk.tidemark.app.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.test.context.TestPropertySource;
import uk.tidemark.app.web.request.RequestIdFilter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.tidemark.app.fixture.ApiClient.JSON;

/**
 * The canary stories of {@link CanaryLogTest} with the logs as JSON ({@code logging.structured.format.console=ecs},
 * as compose runs it; decision 0033): the JSON formatter writes more of each event than the text pattern (every MDC
 * value, the whole stack trace, the thread), and still no personal data, password or session id may be in it. The
 * console output must really be JSON: every line the application logged is one JSON object.
 */
@TestPropertySource(properties = "logging.structured.format.console=ecs")
class CanaryJsonLogTest extends CanaryLogTest {

    @Override
    void checkFormat(String consoleOutput) {
        List<JsonNode> entries = new ArrayList<>();
        for (String line : consoleOutput.split("\n")) {
            if (line.startsWith("{\"@timestamp\"")) {
                try {
                    entries.add(JSON.readTree(line));
                } catch (IOException e) {
                    throw new UncheckedIOException("a log line that is not JSON: " + line, e);
                }
            }
        }
        assertThat(entries).as("JSON log lines").hasSizeGreaterThan(20);
        assertThat(entries).allSatisfy(e -> assertThat(e.at("/log/logger").asText()).isNotBlank());
        // the stories log nothing on request threads at these levels; JsonLogsTest shows the request ids
        entries.stream().filter(e -> e.has(RequestIdFilter.MDC_KEY)).forEach(e ->
                assertThat(e.path(RequestIdFilter.MDC_KEY).asText()).matches(RequestIdFilter.WELL_FORMED));
        assertThat(consoleOutput).as("no text line of Spring Boot's pattern")
                .doesNotContainPattern("(?m)^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d+.* --- \\[");
    }
}

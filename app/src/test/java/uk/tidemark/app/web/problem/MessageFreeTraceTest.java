package uk.tidemark.app.web.problem;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MessageFreeTraceTest {

    @Test
    void namesTheTypesAndFramesButNoMessage() {
        Exception failure = new IllegalStateException("INSERT ... 'Jo Bloggs, Year 6'",
                new java.sql.SQLException("duplicate key (Jo Bloggs)"));

        String trace = MessageFreeTrace.of(failure);

        assertThat(trace).contains("java.lang.IllegalStateException", "caused by java.sql.SQLException",
                "MessageFreeTraceTest.namesTheTypesAndFramesButNoMessage");
        assertThat(trace).doesNotContain("Jo Bloggs").doesNotContain("INSERT");
    }
}

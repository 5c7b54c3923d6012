package uk.tidemark.app.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.Test;
import uk.tidemark.kernel.disciplinary.DisciplinaryCaseId;
import uk.tidemark.kernel.disciplinary.event.DisciplinaryCaseOpened;
import uk.tidemark.kernel.incident.Involvement;
import uk.tidemark.kernel.incident.Person;
import uk.tidemark.kernel.incident.PersonId;
import uk.tidemark.kernel.incident.PersonRole;
import uk.tidemark.kernel.incident.event.IncidentLogged;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The person's username (and a disciplinary case's employee account) was added to {@code IncidentLogged} (revision 1) without a new revision: an added field that
 * reads back as null from the events stored before it needs no upcaster. Checked here with Axon's own serializer as
 * the application configures it, on an event exactly as an earlier release stored it.
 */
class PersonLinkSerializationTest {

    private static final String STORED_BEFORE_LINKS = """
            {"incidentId":"i-1","settingId":"setting-a","category":"STAFF_MISUSE","platform":"FACEBOOK",
             "occurredAt":"2026-03-01T08:00:00Z","summary":"A post","links":[],
             "people":[{"personId":"p-1","name":"Jo Staff","role":"STAFF","involvement":"SUBJECT"}],
             "immediateRisk":false,"reportedBy":"staff-a"}""";

    private final ObjectMapper axonMapper = new AxonConfig().defaultAxonObjectMapper();
    private final JacksonSerializer serializer = JacksonSerializer.builder().objectMapper(axonMapper).build();

    @Test
    void anEventStoredBeforeLinksReadsBackWithNoUsername() {
        SerializedObject<byte[]> stored = new SimpleSerializedObject<>(
                STORED_BEFORE_LINKS.getBytes(StandardCharsets.UTF_8), byte[].class,
                new SimpleSerializedType(IncidentLogged.class.getName(), "1"));
        IncidentLogged logged = serializer.deserialize(stored);
        Person person = logged.people().get(0);
        assertThat(person).isEqualTo(new Person(PersonId.of("p-1"), "Jo Staff", PersonRole.STAFF, Involvement.SUBJECT));
        assertThat(person.username()).isNull();
        assertThat(person.conflictedUsername()).isNull();
    }

    private static final String CASE_OPENED_BEFORE_LINKS = """
            {"caseId":"d-1","settingId":"setting-a","employeeName":"Hana Head","employeePersonId":null,
             "isTeacher":true,"concernsHarmToChildren":false,"allegation":"A post","linkedIncidentId":null,
             "openedBy":"hr"}""";

    @Test
    void aDisciplinaryCaseOpenedBeforeLinksReadsBackWithNoEmployeeAccount() {
        SerializedObject<byte[]> stored = new SimpleSerializedObject<>(
                CASE_OPENED_BEFORE_LINKS.getBytes(StandardCharsets.UTF_8), byte[].class,
                new SimpleSerializedType(DisciplinaryCaseOpened.class.getName(), "1"));
        DisciplinaryCaseOpened opened = serializer.deserialize(stored);
        assertThat(opened).isEqualTo(new DisciplinaryCaseOpened(DisciplinaryCaseId.of("d-1"), "setting-a",
                "Hana Head", null, true, false, "A post", null, "hr"));
        assertThat(opened.employeeUsername()).isNull();
        DisciplinaryCaseOpened linked = new DisciplinaryCaseOpened(DisciplinaryCaseId.of("d-1"), "setting-a",
                "Hana Head", null, true, false, "A post", null, "hr", "head");
        assertThat((DisciplinaryCaseOpened) serializer.deserialize(serializer.serialize(linked, byte[].class)))
                .isEqualTo(linked);
    }

    @Test
    void aLinkedPersonIsStoredWithItsUsernameAndNothingElseNew() throws Exception {
        Person linked = new Person(PersonId.of("p-1"), "Jo Staff", PersonRole.STAFF, Involvement.SUBJECT, "deputy");
        SerializedObject<byte[]> stored = serializer.serialize(linked, byte[].class);
        JsonNode json = axonMapper.readTree(stored.getData());
        assertThat(json.fieldNames()).toIterable()
                .containsExactlyInAnyOrder("personId", "name", "role", "involvement", "username");
        assertThat(stored.getType().getRevision()).isNull();
        assertThat((Person) serializer.deserialize(stored)).isEqualTo(linked);
        assertThat(linked.conflictedUsername()).isEqualTo("deputy");
    }
}

package uk.tidemark.app.crypto;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.axonframework.serialization.AnnotationRevisionResolver;
import org.axonframework.serialization.ChainingConverter;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import uk.tidemark.kernel.DataKeyed;
import uk.tidemark.kernel.ErasureGround;
import uk.tidemark.kernel.Personal;
import uk.tidemark.kernel.incident.Involvement;
import uk.tidemark.kernel.incident.Person;
import uk.tidemark.kernel.incident.PersonId;
import uk.tidemark.kernel.incident.PersonRole;
import uk.tidemark.kernel.incident.IncidentId;
import uk.tidemark.kernel.incident.event.NoteAdded;
import uk.tidemark.kernel.incident.event.PersonAddedToCase;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The event serializer seals what is marked personal under its record's key and nothing else; opens it while the key
 * lives; reads it back as the erasure marker once the key is destroyed, and so reads an event stored in plain before
 * sealing existed; and a value moved onto another record does not open.
 */
class SealingSerializerTest {

    private JdbcTemplate jdbc;
    private DataSourceTransactionManager transactions;
    private DataKeys keys;
    private SealingSerializer serializer;
    private JacksonSerializer plain;

    @BeforeEach
    void store() {
        DriverManagerDataSource db = new DriverManagerDataSource("jdbc:h2:mem:" + UUID.randomUUID()
                + ";DB_CLOSE_DELAY=-1");
        jdbc = new JdbcTemplate(db);
        jdbc.execute("CREATE TABLE tidemark_case_key (case_id VARCHAR(64) PRIMARY KEY, sealed_key BLOB, "
                + "made_at_ms BIGINT NOT NULL, destroyed_at_ms BIGINT, destroyed_ground VARCHAR(40))");
        jdbc.execute("CREATE TABLE tidemark_evidence_file (case_id VARCHAR(64))");
        keys = new DataKeys(java.util.Base64.getEncoder().encodeToString(AesGcm.newKey()),
                Path.of("unused").toAbsolutePath().toString(), Duration.ofSeconds(30), jdbc,
                transactions = new DataSourceTransactionManager(db));
        ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule());
        plain = JacksonSerializer.builder().revisionResolver(new AnnotationRevisionResolver())
                .converter(new ChainingConverter()).objectMapper(mapper).build();
        serializer = new SealingSerializer(plain, keys);
    }

    @Test
    void personalValuesAreSealedUnderTheirRecordsKeyAndOpenWhileItLives() {
        PersonAddedToCase event = added("case-1", "Quillfeather Jones", "Named by Quillfeather's friend");
        SerializedObject<byte[]> stored = serializer.serialize(event, byte[].class);
        String json = new String(stored.getData(), StandardCharsets.UTF_8);
        assertThat(json).doesNotContain("Quillfeather").contains("\"~sealed\":\"case-1\"")
                .contains("\"name\":\"~").contains("\"reason\":\"~")
                .contains("\"PUPIL\"").contains("\"p-1\""); // ids and enums stay readable
        assertThat(json.split("case-1", -1)).as("the record named once for its values, besides its own id")
                .hasSize(3);
        assertThat((Object) serializer.deserialize(stored)).isEqualTo(event);
    }

    @Test
    void aDestroyedKeyReadsBackAsTheMarkerAndSealsNothingMore() {
        SerializedObject<byte[]> stored = serializer.serialize(new NoteAdded(IncidentId.of("case-2"), "n1",
                "Quillfeather said"), byte[].class);
        keys.destroy("case-2", ErasureGround.RETENTION_SCHEDULE);
        String marker = ErasureGround.RETENTION_SCHEDULE.marker(LocalDate.now(ZoneId.of("Europe/London")));
        assertThat(((NoteAdded) serializer.deserialize(stored)).text()).isEqualTo(marker);
        SerializedObject<byte[]> later = serializer.serialize(new NoteAdded(IncidentId.of("case-2"), "n2",
                "Quillfeather again"), byte[].class);
        assertThat(new String(later.getData(), StandardCharsets.UTF_8)).doesNotContain("Quillfeather");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM tidemark_case_key WHERE case_id = 'case-2' "
                + "AND sealed_key IS NULL", Integer.class)).isEqualTo(1);
    }

    @Test
    void anEventStoredInPlainBeforeSealingReadsAsErasedOnceItsRecordIs() {
        SerializedObject<byte[]> legacy = plain.serialize(added("case-3", "Quillfeather", "reason"), byte[].class);
        assertThat(((PersonAddedToCase) serializer.deserialize(legacy)).person().name()).isEqualTo("Quillfeather");
        keys.destroy("case-3", ErasureGround.ERASURE_REQUEST);
        PersonAddedToCase read = serializer.deserialize(legacy);
        assertThat(read.person().name()).startsWith("Erased on ").endsWith("at the person's request");
        assertThat(read.reason()).startsWith("Erased on ");
        assertThat(read.person().personId()).isEqualTo(PersonId.of("p-1"));
    }

    @Test
    void aSealedValueCopiedOntoAnotherRecordDoesNotOpen() {
        String sealed = new String(serializer.serialize(new NoteAdded(IncidentId.of("case-4"), "n", "secret words"),
                byte[].class).getData(), StandardCharsets.UTF_8);
        keys.forSealing("case-5");
        String moved = sealed.replace("\"case-4\"", "\"case-5\"");
        assertThat(moved).isNotEqualTo(sealed).doesNotContain("case-4");
        NoteAdded read = serializer.deserialize(new org.axonframework.serialization.SimpleSerializedObject<>(
                moved.getBytes(StandardCharsets.UTF_8), byte[].class, plain.typeForClass(NoteAdded.class)));
        assertThat(read.text()).doesNotContain("secret words").startsWith("~");
    }

    @Test
    void aValueSealedInTheFirstFormStillOpensAndErases() {
        DataKeys.Live key = (DataKeys.Live) keys.forSealing("case-7");
        String v1 = "sealed:v1:case-7:" + java.util.Base64.getEncoder().encodeToString(AesGcm.seal(key.key(),
                "event/case-7".getBytes(StandardCharsets.UTF_8), "first form".getBytes(StandardCharsets.UTF_8)));
        String json = new String(plain.serialize(new NoteAdded(IncidentId.of("case-7"), "n", "placeholder"),
                byte[].class).getData(), StandardCharsets.UTF_8).replace("placeholder", v1);
        var stored = new org.axonframework.serialization.SimpleSerializedObject<>(json.getBytes(StandardCharsets.UTF_8),
                byte[].class, plain.typeForClass(NoteAdded.class));
        assertThat(((NoteAdded) serializer.deserialize(stored)).text()).isEqualTo("first form");
        keys.destroy("case-7", ErasureGround.RETENTION_SCHEDULE);
        assertThat(((NoteAdded) serializer.deserialize(stored)).text()).startsWith("Erased on ");
    }

    @Test
    void aKeyMadeInATransactionServesItsLaterEventsAndDiesWithIt() {
        var template = new org.springframework.transaction.support.TransactionTemplate(transactions);
        template.executeWithoutResult(status -> {
            serializer.serialize(new NoteAdded(IncidentId.of("case-6"), "n1", "first words"), byte[].class);
            serializer.serialize(new NoteAdded(IncidentId.of("case-6"), "n2", "second words"), byte[].class);
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM tidemark_case_key WHERE case_id = 'case-6'",
                    Integer.class)).as("one key, made once").isEqualTo(1);
            status.setRollbackOnly(); // the command was refused
        });
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM tidemark_case_key WHERE case_id = 'case-6'",
                Integer.class)).isZero();
        assertThat(keys.of("case-6")).as("a key rolled back is not remembered").isInstanceOf(DataKeys.None.class);
        template.executeWithoutResult(status -> serializer.serialize(new NoteAdded(IncidentId.of("case-6"), "n1",
                "first words"), byte[].class));
        assertThat(keys.of("case-6")).as("made again, and remembered once committed")
                .isInstanceOf(DataKeys.Live.class);
    }

    @Test
    void onlyStringsMayBeMarkedPersonal() {
        record Wrong(String id, @Personal int age) implements DataKeyed {
            @Override
            public String dataKey() {
                return id;
            }
        }
        assertThatThrownBy(() -> serializer.serialize(new Wrong("x", 9), byte[].class))
                .hasMessageContaining("Wrong.age");
    }

    @Test
    void everyEventWithPersonalContentNamesItsRecordAndMarksOnlyStrings() throws Exception {
        var scanner = new org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter((reader, factory) -> reader.getClassMetadata().getClassName().contains(".event."));
        int personal = 0;
        for (var found : scanner.findCandidateComponents("uk.tidemark.kernel")) {
            Class<?> type = Class.forName(found.getBeanClassName());
            if (!PersonalFields.of(type).isEmpty()) { // throws for a mark on anything but strings
                personal++;
                assertThat(DataKeyed.class).as(type.getSimpleName()).isAssignableFrom(type);
            }
        }
        assertThat(personal).as("events with personal content").isGreaterThan(40);
    }

    private static PersonAddedToCase added(String caseId, String name, String reason) {
        return new PersonAddedToCase(IncidentId.of(caseId), new Person(PersonId.of("p-1"), name, PersonRole.PUPIL,
                Involvement.TARGET), reason);
    }
}

package uk.tidemark.app.crypto;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import org.axonframework.serialization.Converter;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.tidemark.kernel.ContentDestroyed;
import uk.tidemark.kernel.DataKeyed;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.Iterator;
import java.util.Map;

/**
 * The event serializer (decision 0051): Axon's Jackson serializer, with every {@link uk.tidemark.kernel.Personal}
 * value of a {@link DataKeyed} event sealed (AES-256-GCM) under its record's data key as it is written, and opened
 * as it is read. A value whose key was destroyed reads back as the erasure marker ("Erased on 12 March 2033 under
 * the retention schedule"): in aggregates, projections and their rebuilds, pages, the API and exports alike, since
 * all of them read events through here. Stored events are never rewritten: those written before sealing existed
 * hold their personal values in plain, and read back as the marker once their record's key is destroyed.
 *
 * <p>A sealed value is a string in place of the string it seals, {@code ~} and the base64 of nonce, ciphertext and
 * tag, so the JSON keeps its shape for the upcasters. The record it was sealed for is named once per event, in a
 * property of its own ({@code "~sealed": "<record id>"}) that the event type does not know and the read removes, and
 * is the associated data of every value: a value copied onto another record does not open. Values sealed in the
 * first form ({@code sealed:v1:<record id>:<base64>}, each naming its record) are still read.
 */
public class SealingSerializer implements Serializer {

    /** The property naming the record an event's values are sealed for. */
    static final String RECORD = "~sealed";
    /** What a value sealed in the current form begins with: a character base64 never uses. */
    static final String MARK = "~";
    /** The first form, each value naming its record (written until issue 19 measured its size). */
    static final String PREFIX_V1 = "sealed:v1:";
    private static final Base64.Encoder BASE64 = Base64.getEncoder().withoutPadding();
    private static final Logger log = LoggerFactory.getLogger(SealingSerializer.class);

    private final JacksonSerializer delegate;
    private final ObjectMapper mapper;
    private final DataKeys keys;

    public SealingSerializer(JacksonSerializer delegate, DataKeys keys) {
        this.delegate = delegate;
        this.mapper = delegate.getObjectMapper();
        this.keys = keys;
    }

    @Override
    public <T> SerializedObject<T> serialize(Object object, Class<T> expectedRepresentation) {
        if (!(object instanceof DataKeyed keyed) || PersonalFields.of(object.getClass()).isEmpty()) {
            return delegate.serialize(object, expectedRepresentation);
        }
        ObjectNode tree = mapper.valueToTree(object);
        String recordId = keyed.dataKey();
        DataKeys.State key = keys.forSealing(recordId);
        if (key instanceof DataKeys.Live live) {
            boolean[] sealedAny = {false};
            PersonalFields.of(object.getClass()).rewrite(tree, text -> {
                sealedAny[0] = true;
                return seal(recordId, live, text);
            });
            if (sealedAny[0]) {
                tree.put(RECORD, recordId);
            }
        } else if (key instanceof DataKeys.Destroyed destroyed) {
            // said of an erased record: erased too
            PersonalFields.of(object.getClass()).rewrite(tree, text -> destroyed.marker());
        } else {
            throw new IllegalStateException("no data key was made for a record");
        }
        T data = getConverter().convert(tree, JsonNode.class, expectedRepresentation);
        return new SimpleSerializedObject<>(data, expectedRepresentation, typeForClass(object.getClass()));
    }

    @Override
    @SuppressWarnings("unchecked")
    public <S, T> T deserialize(SerializedObject<S> serializedObject) {
        Class<?> type = classForType(serializedObject.getType());
        PersonalFields plan = PersonalFields.of(type);
        if (!DataKeyed.class.isAssignableFrom(type) || plan.isEmpty()) {
            T value = delegate.deserialize(serializedObject);
            if (value instanceof ContentDestroyed destroyed) {
                keys.forget(destroyed.dataKey()); // what follows of this record is read with its key gone
            }
            return value;
        }
        JsonNode tree = serializedObject.getData() instanceof JsonNode node ? node.deepCopy()
                : getConverter().convert(serializedObject.getData(), serializedObject.getContentType(), JsonNode.class);
        if (tree instanceof ObjectNode object && object.has(RECORD)) {
            String recordId = object.remove(RECORD).asText();
            DataKeys.State key = keys.of(recordId);
            if (key instanceof DataKeys.Destroyed destroyed) {
                plan.rewrite(object, text -> destroyed.marker());
            } else if (key instanceof DataKeys.Live live) {
                plan.rewrite(object, text -> text.startsWith(MARK)
                        ? opened(recordId, live, text.substring(MARK.length()), text) : text);
            } else {
                log.warn("A sealed value of a record without a data key (a database restored without its keys?)");
            }
            return delegate.deserialize(new SimpleSerializedObject<>(object, JsonNode.class,
                    serializedObject.getType()));
        }
        boolean sealed = open(tree);
        T value = delegate.deserialize(new SimpleSerializedObject<>(tree, JsonNode.class, serializedObject.getType()));
        if (!sealed && value instanceof DataKeyed keyed
                && keys.of(keyed.dataKey()) instanceof DataKeys.Destroyed destroyed) {
            // written in plain before sealing existed: its record is erased, so it reads as erased
            plan.rewrite(tree, text -> destroyed.marker());
            value = delegate.deserialize(new SimpleSerializedObject<>(tree, JsonNode.class,
                    serializedObject.getType()));
        }
        return (T) value;
    }

    private String seal(String recordId, DataKeys.Live live, String text) {
        byte[] sealed = AesGcm.seal(live.key(), associated(recordId), text.getBytes(StandardCharsets.UTF_8));
        return MARK + BASE64.encodeToString(sealed);
    }

    /** The value sealed as {@code base64} for the record, opened with its key; {@code otherwise} if it does not. */
    private static String opened(String recordId, DataKeys.Live live, String base64, String otherwise) {
        try {
            byte[] plain = AesGcm.open(live.key(), associated(recordId), Base64.getDecoder().decode(base64));
            return new String(plain, StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            log.warn("A sealed value that does not open under its record's key");
            return otherwise;
        }
    }

    /** Opens every string sealed in the first form in the tree, in place; whether there was any. */
    private boolean open(JsonNode node) {
        boolean found = false;
        if (node instanceof ObjectNode object) {
            for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                if (field.getValue().isTextual() && field.getValue().asText().startsWith(PREFIX_V1)) {
                    field.setValue(TextNode.valueOf(opened(field.getValue().asText())));
                    found = true;
                } else if (field.getValue().isContainerNode()) {
                    found |= open(field.getValue());
                }
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                JsonNode element = array.get(i);
                if (element.isTextual() && element.asText().startsWith(PREFIX_V1)) {
                    array.set(i, TextNode.valueOf(opened(element.asText())));
                    found = true;
                } else if (element.isContainerNode()) {
                    found |= open(element);
                }
            }
        }
        return found;
    }

    private String opened(String sealed) {
        int colon = sealed.lastIndexOf(':');
        if (colon <= PREFIX_V1.length()) {
            return sealed;
        }
        String recordId = sealed.substring(PREFIX_V1.length(), colon);
        DataKeys.State key = keys.of(recordId);
        if (key instanceof DataKeys.Destroyed destroyed) {
            return destroyed.marker();
        }
        if (!(key instanceof DataKeys.Live live)) {
            log.warn("A sealed value of a record without a data key (a database restored without its keys?)");
            return sealed;
        }
        return opened(recordId, live, sealed.substring(colon + 1), sealed);
    }

    private static byte[] associated(String recordId) {
        return ("event/" + recordId).getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public <T> boolean canSerializeTo(Class<T> expectedRepresentation) {
        return delegate.canSerializeTo(expectedRepresentation);
    }

    @Override
    @SuppressWarnings("rawtypes")
    public Class classForType(SerializedType type) {
        return delegate.classForType(type);
    }

    @Override
    @SuppressWarnings("rawtypes")
    public SerializedType typeForClass(Class type) {
        return delegate.typeForClass(type);
    }

    @Override
    public Converter getConverter() {
        return delegate.getConverter();
    }
}

package uk.tidemark.app.web.page;

import uk.tidemark.kernel.ProperNames;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** One option of a select or a radio group: the value sent, the words shown, and an optional hint. */
public record Choice(String value, String label, String hint) {

    public Choice(String value, String label) {
        this(value, label, null);
    }

    /** Every constant of the enum, worded from its name ({@code HARM_THRESHOLD} → "Harm threshold"). */
    public static <E extends Enum<E>> List<Choice> of(Class<E> type) {
        return of(type, Choice::words);
    }

    public static <E extends Enum<E>> List<Choice> of(Class<E> type, Map<E, String> labels) {
        return of(type, e -> labels.getOrDefault(e, words(e)));
    }

    public static <E extends Enum<E>> List<Choice> of(Class<E> type, Function<E, String> label) {
        return Arrays.stream(type.getEnumConstants()).map(e -> new Choice(e.name(), label.apply(e))).toList();
    }

    /**
     * An enum constant's name as words a person reads: {@code POLICE_ACTION} → "Police action", names spelt as
     * people spell them ({@code LADO} → "LADO", {@code WHATSAPP} → "WhatsApp": {@link ProperNames}).
     */
    public static String words(Enum<?> value) {
        return value == null ? "" : words(value.name());
    }

    public static String words(String constant) {
        return ProperNames.words(constant);
    }

    /** The same words inside a sentence: "harm threshold", but "LADO referral". */
    public static String inSentence(Enum<?> value) {
        return ProperNames.inSentence(value);
    }
}

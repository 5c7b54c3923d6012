package uk.tidemark.query.incident;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The words a case is found by (decision 0038): its summary and the names of the people on it, in lower case without
 * accents, so that "zoe" finds "Zoë" and "O'NEILL" finds "O'Neill". The projection stores a case's words in this
 * form ({@code searchText}); a search's words are put in the same form and must each be part of them. Plain
 * substring matching, in Java for the case list's in-memory index and as a quoted {@code $regex} in the store, so the
 * same query runs on the embedded server and on MongoDB (no {@code $text}: STACK.md).
 */
final class SearchText {

    private SearchText() {
    }

    /** Lower case, accents and apostrophes removed, every run of other non-letters and non-digits one space. */
    static String normalise(String text) {
        if (text == null) {
            return "";
        }
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("['\u2019]", "").replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    /** A case's words: its summary and its people's names. */
    static String of(String summary, List<String> names) {
        StringBuilder words = new StringBuilder(normalise(summary));
        names.forEach(name -> words.append(" | ").append(normalise(name)));
        return words.toString();
    }

    /** The words searched for, each normalised; none for a blank search. */
    static List<String> words(String searched) {
        String plain = normalise(searched);
        return plain.isEmpty() ? List.of() : Arrays.asList(plain.split(" "));
    }

    /** Whether the searched text is the case's reference, in any case. */
    static boolean isReference(String searched, String reference) {
        return reference != null && searched != null && reference.equalsIgnoreCase(searched.strip());
    }

    /** Whether every searched word is part of the case's words. */
    static boolean containsAll(String caseWords, List<String> words) {
        if (caseWords == null || words.isEmpty()) {
            return false;
        }
        for (String word : words) {
            if (!caseWords.contains(word)) {
                return false;
            }
        }
        return true;
    }
}

package uk.tidemark.app.web.sar;

import uk.tidemark.kernel.incident.PersonRole;
import uk.tidemark.kernel.sar.query.SubjectAccessView;

import java.util.*;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The redaction of a subject access bundle (decision 0053), and of a case bundle (decision 0054) by its names. First the safeguarding lead's marks: a marked passage
 * of an entry reads "[redacted]", an entry marked whole reads "[redacted]" only. Then every other person named on the
 * record reads as their role ("another pupil", "a member of staff", "a parent"): their full name, and each part of it
 * of two letters or more that is not also part of the person's own name, as whole words, case aside.
 */
public final class Redaction {

    static final String REDACTED = "[redacted]";

    private Redaction() {
    }

    /** A role in the words a bundle puts in place of a name. */
    public static String roleWords(PersonRole role) {
        if (role == null) {
            return "another person";
        }
        return switch (role) {
            case PUPIL -> "another pupil";
            case STAFF, VOLUNTEER -> "a member of staff";
            case PARENT_CARER -> "a parent";
            case TRUSTEE_GOVERNOR -> "a governor";
            case MEMBER_OF_PUBLIC -> "a member of the public";
            case UNKNOWN -> "another person";
        };
    }

    /** The entry's text as released. */
    static String apply(String text, String entryKey, List<SubjectAccessView.Redaction> marks, String ownName,
                        Map<String, String> others) {
        if (text == null) {
            return "";
        }
        String out = text;
        for (SubjectAccessView.Redaction mark : marks) {
            if (!mark.entryKey().equals(entryKey)) {
                continue;
            }
            if (mark.passage() == null) {
                return REDACTED;
            }
            out = Pattern.compile(Pattern.quote(mark.passage()), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
                    .matcher(out).replaceAll(Matcher.quoteReplacement(REDACTED));
        }
        return replaceNames(out, ownName, others);
    }

    /** Every other person's name, and its parts, as their role. */
    public static String replaceNames(String text, String ownName, Map<String, String> others) {
        Set<String> own = parts(ownName);
        Map<String, String> words = new LinkedHashMap<>();
        others.forEach((name, role) -> {
            if (name == null || name.isBlank() || name.equalsIgnoreCase(ownName)) {
                return;
            }
            words.putIfAbsent(name.strip(), role);
            for (String part : parts(name)) {
                if (part.length() >= 2 && !own.contains(part)) {
                    words.putIfAbsent(part, role);
                }
            }
        });
        List<String> longestFirst = new ArrayList<>(words.keySet());
        longestFirst.sort(Comparator.comparingInt(String::length).reversed());
        String out = text;
        for (String name : longestFirst) {
            out = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(name) + "(?![\\p{L}\\p{N}])",
                            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(out)
                    .replaceAll(Matcher.quoteReplacement(words.get(name)));
        }
        return out;
    }

    private static Set<String> parts(String name) {
        Set<String> parts = new HashSet<>();
        if (name != null) {
            for (String part : name.strip().split("[\\s\\-]+")) {
                if (!part.isBlank()) {
                    parts.add(part.toLowerCase(Locale.UK));
                }
            }
        }
        return parts;
    }
}

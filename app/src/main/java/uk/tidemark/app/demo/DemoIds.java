package uk.tidemark.app.demo;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.UUID;

/** Ids, evidence fingerprints and dates for the demo cases (what the REST layer would otherwise provide). */
final class DemoIds {

    private DemoIds() {
    }

    static String next() {
        return UUID.randomUUID().toString();
    }

    /**
     * The SHA-256 of some fixed bytes standing in for the preserved file (there is no file in a demo): the text
     * of the evidence description, so each item has its own, stable fingerprint.
     */
    static String sha256Of(String description) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(("Tidemark demo evidence\n" + description).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** {@code days} working days (Monday to Friday) after {@code from}. */
    static LocalDate workingDaysAfter(LocalDate from, int days) {
        LocalDate date = from;
        int left = days;
        while (left > 0) {
            date = date.plusDays(1);
            if (date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY) {
                left--;
            }
        }
        return date;
    }
}

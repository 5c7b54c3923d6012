package uk.tidemark.kernel.report;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The published report of one quarter for one set of settings: the stream its publications (version 1, then each
 * correction) are appended to. Made from the quarter and the settings ({@link #of}), so that publishing the same
 * quarter for the same settings again always finds the earlier versions, whoever publishes; "report-2026-Q4-" and the
 * first 16 hex digits of the SHA-256 of the setting ids, sorted, one per line.
 */
public record QuarterReportId(String value) {

    public QuarterReportId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("a report id cannot be blank");
        }
    }

    @JsonCreator
    public static QuarterReportId of(String value) {
        return new QuarterReportId(value);
    }

    /** The report of {@code quarter} for exactly these settings, in whatever order they are given. */
    public static QuarterReportId of(Quarter quarter, Collection<String> settingIds) {
        String ids = settingIds.stream().sorted().distinct().collect(Collectors.joining("\n"));
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(ids.getBytes(StandardCharsets.UTF_8));
            return new QuarterReportId("report-" + quarter.year() + "-Q" + quarter.quarter() + "-"
                    + HexFormat.of().formatHex(digest).substring(0, 16));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    @JsonValue
    @Override
    public String value() {
        return value;
    }

    /** The bare value, which Axon uses as the aggregate id. */
    @Override
    public String toString() {
        return value;
    }
}

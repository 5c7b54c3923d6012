package uk.tidemark.kernel;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The one table of how people spell the names inside enum constants: agencies ({@code LADO} → "LADO", not "Lado"),
 * platforms ({@code WHATSAPP} → "WhatsApp", {@code X} → "X (Twitter)") and the like. Every page, e-mail and
 * chronology line words enum values through it (issue 16), so that a name is spelt one way everywhere.
 */
public final class ProperNames {

    /** Words written in their own spelling wherever they stand in a constant ("LADO_REFERRAL" → "LADO referral"). */
    static final Map<String, String> WORDS = Map.ofEntries(
            Map.entry("lado", "LADO"), Map.entry("ceop", "CEOP"), Map.entry("posh", "POSH"),
            Map.entry("dbs", "DBS"), Map.entry("tra", "TRA"), Map.entry("dsl", "DSL"), Map.entry("hr", "HR"),
            Map.entry("acas", "Acas"), Map.entry("ofsted", "Ofsted"), Map.entry("nspcc", "NSPCC"),
            Map.entry("mash", "MASH"), Map.entry("pdf", "PDF"), Map.entry("csv", "CSV"),
            Map.entry("whatsapp", "WhatsApp"), Map.entry("tiktok", "TikTok"), Map.entry("youtube", "YouTube"),
            Map.entry("facebook", "Facebook"), Map.entry("instagram", "Instagram"), Map.entry("snapchat", "Snapchat"),
            Map.entry("linkedin", "LinkedIn"), Map.entry("roblox", "Roblox"), Map.entry("minecraft", "Minecraft"),
            Map.entry("twitter", "Twitter"), Map.entry("discord", "Discord"), Map.entry("telegram", "Telegram"));

    /** Whole constants that read differently from their words. */
    static final Map<String, String> CONSTANTS = Map.of(
            "X", "X (Twitter)",
            "CHILDRENS_SOCIAL_CARE", "Children's social care",
            "REPORT_HARMFUL_CONTENT", "Report Harmful Content");

    private ProperNames() {
    }

    /** A constant as words that start a sentence: {@code HARM_THRESHOLD} → "Harm threshold", {@code LADO} → "LADO". */
    public static String words(String constant) {
        if (constant == null || constant.isBlank()) {
            return "";
        }
        String whole = CONSTANTS.get(constant);
        if (whole != null) {
            return whole;
        }
        String worded = spelt(constant);
        return Character.toUpperCase(worded.charAt(0)) + worded.substring(1);
    }

    /**
     * A constant as words inside a sentence: lower case but for names ({@code HARM_THRESHOLD} → "harm threshold",
     * {@code LADO_REFERRAL} → "LADO referral", {@code CHILDRENS_SOCIAL_CARE} → "children's social care").
     */
    public static String inSentence(String constant) {
        if (constant == null || constant.isBlank()) {
            return "";
        }
        if (constant.equals("CHILDRENS_SOCIAL_CARE")) {
            return "children's social care";
        }
        String whole = CONSTANTS.get(constant); // the others are names
        if (whole != null) {
            return whole;
        }
        return spelt(constant);
    }

    public static String words(Enum<?> value) {
        return value == null ? "" : words(value.name());
    }

    public static String inSentence(Enum<?> value) {
        return value == null ? "" : inSentence(value.name());
    }

    /** Each word lower case, but for the names of {@link #WORDS}. */
    private static String spelt(String constant) {
        return Arrays.stream(constant.strip().split("[_\\s]+"))
                .map(w -> w.toLowerCase(Locale.ENGLISH))
                .map(w -> WORDS.getOrDefault(w, w))
                .collect(Collectors.joining(" "));
    }
}

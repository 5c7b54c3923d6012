package uk.tidemark.app.web.register.consent;

import uk.tidemark.app.account.DisplayNames;
import uk.tidemark.app.time.LondonTimes;
import uk.tidemark.app.web.page.Choice;
import uk.tidemark.kernel.consent.ConsentSource;
import uk.tidemark.kernel.consent.ImageAllowance;
import uk.tidemark.kernel.consent.ImageConsentState;
import uk.tidemark.kernel.consent.query.ImageConsentView;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** The register's entries as its pages show them: in words, dates as people write them, names not usernames. */
final class ImageConsentWords {

    /** A review due within this many days is "coming up". */
    static final int SOON_DAYS = 30;

    /** One entry of the register, in words. */
    record Row(String id, String name, String setting, String allowed, String source, String givenOn,
               String reviewBy, boolean reviewSoon, boolean ended, String endedReason, String note,
               String lastReviewedOn, String recordedBy, List<Step> history) {
    }

    /** One step of an entry's history. */
    record Step(String at, String by, String sentence) {
    }

    private ImageConsentWords() {
    }

    static Row row(ImageConsentView v, Map<String, String> settingNames, DisplayNames names, LocalDate today) {
        boolean soon = v.state() == ImageConsentState.ACTIVE && v.reviewBy() != null
                && !v.reviewBy().isAfter(today.plusDays(SOON_DAYS));
        return new Row(v.id(), v.pupilName(), settingNames.getOrDefault(v.settingId(), ""), allowed(v.allowed()),
                v.source() == null ? "" : capital(v.source().words()), day(v.givenOn()),
                v.state() == ImageConsentState.ENDED ? "" : day(v.reviewBy()), soon,
                v.state() == ImageConsentState.ENDED, v.endedReason(), v.note(), day(v.lastReviewedOn()),
                names.of(v.recordedBy()),
                v.history().stream().map(e -> new Step(LondonTimes.format(e.at()), names.of(e.actor()),
                        e.sentence())).toList());
    }

    /** What may be posted, as the register shows it: "No images". */
    static String allowed(ImageAllowance allowance) {
        return allowance == null ? "" : capital(allowance.restriction());
    }

    /** The quick check's answer in a sentence. */
    static String answer(String name, ImageAllowance allowance) {
        return switch (allowance) {
            case ALL -> "You may post a photo of " + name + ".";
            case NO_NAME -> "You may post a photo of " + name + ", but without their name.";
            case FIRST_NAME_ONLY -> "You may post a photo of " + name + " with their first name only.";
            case NONE -> "Do not post any photo of " + name + ".";
        };
    }

    /** The quick check's verdict in a tag: "Allowed", "Not allowed". */
    static String verdict(ImageAllowance allowance) {
        return capital(allowance.answer());
    }

    static List<Choice> allowances() {
        return Arrays.stream(ImageAllowance.values()).map(a -> new Choice(a.name(), capital(a.restriction()),
                capital(a.answer()))).toList();
    }

    static List<Choice> sources() {
        return Arrays.stream(ConsentSource.values()).map(s -> new Choice(s.name(), capital(s.words()))).toList();
    }

    private static String day(LocalDate day) {
        return day == null ? "" : LondonTimes.full(day);
    }

    private static String capital(String words) {
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}

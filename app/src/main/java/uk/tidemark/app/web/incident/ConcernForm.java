package uk.tidemark.app.web.incident;

import uk.tidemark.app.category.BuiltInCategories;
import uk.tidemark.app.category.TrustCategoryStore;
import uk.tidemark.app.refusal.FieldProblem;
import uk.tidemark.app.web.validation.Limits;
import uk.tidemark.app.web.page.Choice;
import uk.tidemark.kernel.incident.Category;
import uk.tidemark.kernel.incident.Involvement;
import uk.tidemark.kernel.incident.PersonRole;
import uk.tidemark.kernel.incident.Platform;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The "report a concern" form's words and its people blocks. The blocks are numbered fields
 * ({@code people[0].name}) so that the API's own problems ({@code people[0].name is required}) land beside them;
 * blocks left wholly empty are dropped and the rest renumbered before binding, so the numbers still match.
 */
final class ConcernForm {

    static final String NAME = "concern";
    static final String ADD_PERSON = "add-person";
    /** "Find on the school list" for block N: {@code find-person-N}. */
    static final String FIND_PERSON = "find-person-";
    /** The school list's "none of these": the name as typed. */
    static final String NOT_LISTED = "none";
    private static final Pattern PERSON_FIELD = Pattern.compile("people\\[(\\d+)]\\.(name|role|involvement|personId)");

    static final Map<Category, String> CATEGORY_HINTS = Map.of(
            Category.DEFAMATION, "False statements that harm the reputation of the school or a member of staff",
            Category.CYBERBULLYING, "Repeated unkind, humiliating or threatening messages or posts about someone",
            Category.STAFF_MISUSE, "A member of staff using social media against the code of conduct",
            Category.OFFENSIVE_CONTENT, "Racist, hateful, threatening or otherwise offensive content",
            Category.INAPPROPRIATE_CONTACT, "Private messages or contact between a member of staff and a pupil",
            Category.IMAGE_CONSENT_BREACH, "A photo of a child posted without permission, or a child named in a post",
            Category.COMPLAINT_ON_SOCIAL_MEDIA, "A complaint about the school aired online",
            Category.CONFIDENTIALITY_BREACH, "Personal or confidential information shared where it should not be",
            Category.OTHER, "Anything else that worries you");
    static final Map<Platform, String> PLATFORMS = Map.of(Platform.X, "X (Twitter)", Platform.TIKTOK, "TikTok",
            Platform.YOUTUBE, "YouTube", Platform.LINKEDIN, "LinkedIn", Platform.WHATSAPP, "WhatsApp",
            Platform.OTHER_GAME, "Another game", Platform.WEBSITE_COMMENT, "A comment on a website",
            Platform.OTHER, "Somewhere else");
    static final Map<PersonRole, String> ROLES = Map.of(PersonRole.PARENT_CARER, "Parent or carer",
            PersonRole.TRUSTEE_GOVERNOR, "Trustee or governor", PersonRole.MEMBER_OF_PUBLIC, "Member of the public",
            PersonRole.STAFF, "Member of staff", PersonRole.UNKNOWN, "Not known");
    static final Map<Involvement, String> INVOLVEMENTS = Map.of(Involvement.SUBJECT,
            "Did it, or is said to have done it", Involvement.TARGET, "It was aimed at them or about them",
            Involvement.WITNESS, "Saw it or knows about it");

    private ConcernForm() {
    }

    static List<Choice> categories() {
        return categories(List.of());
    }

    /**
     * The built-in categories, each followed by the trust's own ones under it (decision 0041): one question, one tap
     * on a phone. A trust's category is sent as {@code CATEGORY/id} ({@link #splitCategory}).
     */
    static List<Choice> categories(List<TrustCategoryStore.Row> trusts) {
        List<Choice> choices = new ArrayList<>();
        for (Category c : Category.values()) {
            choices.add(new Choice(c.name(), BuiltInCategories.words(c), CATEGORY_HINTS.get(c)));
            trusts.stream().filter(t -> t.under() == c).forEach(t -> choices.add(new Choice(
                    c.name() + TRUST_SEPARATOR + t.id(), t.name(),
                    "A kind of " + BuiltInCategories.words(c).toLowerCase(java.util.Locale.UK))));
        }
        return choices;
    }

    /** Between a built-in category and a trust's own under it, in the value of the form's category radio. */
    static final String TRUST_SEPARATOR = "/";

    /** The category radio's {@code CATEGORY/id} as the API's two fields, {@code category} and {@code trustCategoryId}. */
    static void splitCategory(Map<String, String> fields) {
        String chosen = fields.get("category");
        int at = chosen == null ? -1 : chosen.indexOf(TRUST_SEPARATOR);
        if (at >= 0) {
            fields.put("category", chosen.substring(0, at));
            fields.put(TrustCategoryChoice.FIELD, chosen.substring(at + 1));
        }
    }

    /** A problem with the trust's category is shown on the one question that chooses it. */
    static List<FieldProblem> onTheRadios(List<FieldProblem> errors) {
        return errors.stream().map(e -> e.field().equals(TrustCategoryChoice.FIELD)
                ? new FieldProblem("category", e.detail()) : e).toList();
    }

    static List<Choice> involvements() {
        return java.util.Arrays.stream(Involvement.values())
                .map(i -> new Choice(i.name(), i == Involvement.SUBJECT ? "Subject" : Choice.words(i),
                        INVOLVEMENTS.get(i))).toList();
    }

    /** The block a "Find on the school list" button was pressed for, or -1 for any other action. */
    static int findingFor(String action) {
        if (action == null || !action.startsWith(FIND_PERSON)) {
            return -1;
        }
        try {
            return Math.min(Integer.parseInt(action.substring(FIND_PERSON.length())), Limits.PEOPLE);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** The number of person blocks the submitted form had (at least one). */
    static int blocks(Map<String, String> submitted) {
        int max = -1;
        for (String key : submitted.keySet()) {
            Matcher m = PERSON_FIELD.matcher(key);
            if (m.matches()) {
                max = Math.max(max, Integer.parseInt(m.group(1)));
            }
        }
        return Math.max(1, max + 1);
    }

    /** The form with the wholly empty person blocks taken out and the others numbered from 0 again. */
    static Map<String, String> compacted(Map<String, String> submitted) {
        Map<Integer, Map<String, String>> blocks = new TreeMap<>();
        Map<String, String> out = new LinkedHashMap<>();
        submitted.forEach((key, value) -> {
            Matcher m = PERSON_FIELD.matcher(key);
            if (m.matches()) {
                blocks.computeIfAbsent(Integer.parseInt(m.group(1)), i -> new LinkedHashMap<>()).put(m.group(2), value);
            } else {
                out.put(key, value);
            }
        });
        int next = 0;
        for (Map<String, String> block : blocks.values()) {
            if (NOT_LISTED.equals(block.get("personId"))) {
                block.remove("personId"); // "none of these": a person as typed
            }
            if (block.values().stream().allMatch(v -> v == null || v.isBlank())) {
                continue;
            }
            int index = next++;
            block.forEach((field, value) -> out.put("people[" + index + "]." + field, value));
        }
        return out;
    }

    /** The links textarea, one address per line, as the API's list; null when there are none. */
    static List<String> links(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        List<String> links = new ArrayList<>();
        for (String line : text.split("\\R")) {
            if (!line.isBlank()) {
                links.add(line.strip());
            }
        }
        return links;
    }

    /** The error summary's words for each field: "<label> <problem>". */
    static Map<String, String> labels(int blocks) {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("settingId", "Setting");
        labels.put("category", "What kind of concern");
        labels.put("platform", "Where it happened");
        labels.put("occurredAt", "When it happened");
        labels.put("summary", "What you saw");
        labels.put("links", "Links");
        labels.put("people", "The people involved");
        for (int i = 0; i < blocks; i++) {
            labels.put("people[" + i + "].name", "Person " + (i + 1) + ": name");
            labels.put("people[" + i + "].role", "Person " + (i + 1) + ": role");
            labels.put("people[" + i + "].involvement", "Person " + (i + 1) + ": how they are involved");
            labels.put("people[" + i + "].personId", "Person " + (i + 1) + ": on the school list");
        }
        labels.put("immediateRisk", "Immediate risk");
        return labels;
    }
}

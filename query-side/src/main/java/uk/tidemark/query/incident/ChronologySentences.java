package uk.tidemark.query.incident;

import uk.tidemark.kernel.incident.*;
import uk.tidemark.kernel.incident.event.*;

import uk.tidemark.query.support.ReadStoreConversions;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

/**
 * The one plain-English sentence a DSL reads for each event in a chronology. Free text is cut to
 * {@value #MAX_FREE_TEXT} characters: the full text stays on the case page. The pages show each sentence after its
 * type in words ("Person corrected: Sam Tutor: …"), so a correction's sentence does not say its type again.
 */
final class ChronologySentences {
    static final int MAX_FREE_TEXT = 200;

    private ChronologySentences() {
    }

    /** IncidentLogged → INCIDENT_LOGGED: the event's name, as the API spells enum-like values. */
    static String typeOf(IncidentEvent event) {
        return event.getClass().getSimpleName().replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
    }

    /** @param nameOf the name of a person on the case, by person id */
    static String of(IncidentEvent event, Function<String, String> nameOf) {
        if (event instanceof IncidentLogged e) {
            return "Logged: " + category(e.category(), e.trustCategory()) + " on " + Labels.platform(e.platform()) + "; "
                    + peopleNamed(e.people() == null ? 0 : e.people().size())
                    + (e.immediateRisk() ? "; immediate risk" : "");
        } else if (event instanceof IncidentTriaged e) {
            boolean routed = e.allegationRoute() != null && e.allegationRoute() != AllegationRoute.NONE;
            // stored as "Triaged as HIGH" since the first release; the pages word it ("high severity", IncidentWords)
            return "Triaged as " + e.severity() + (routed ? " (route: " + Labels.words(e.allegationRoute()) + ")" : "")
                    + reason(e.reason());
        } else if (event instanceof IncidentAssigned e) {
            return "Assigned to " + e.ownerId() + reason(e.reason());
        } else if (event instanceof ContentActionRecorded e) {
            return "Content action: " + Labels.words(e.action()) + ref(e.reference()) + reason(e.note());
        } else if (event instanceof NoteAdded e) {
            return "Note: " + cut(e.text());
        } else if (event instanceof EvidenceRecorded e) {
            return "Evidence preserved: " + cut(e.description()) + " ("
                    + (e.file() == null || e.file().name().equals(e.description()) ? ""
                    : "file " + cut(e.file().name()) + ", ")
                    + (blank(e.sha256()) ? "" : "SHA-256 " + shortHash(e.sha256())) + ")";
        } else if (event instanceof WarningIssued e) {
            String channel = Labels.channel(e.channel());
            return Labels.warningKind(e.kind()) + " issued to " + nameOf.apply(e.personId().value())
                    + (channel.isEmpty() ? "" : " " + channel)
                    + (e.responseDueBy() == null ? "" : "; response due " + e.responseDueBy());
        } else if (event instanceof WarningResponseRecorded e) {
            return "Warning response: " + Labels.response(e.response()) + dash(e.note());
        } else if (event instanceof EscalatedToPolice e) {
            return "Escalated to police (" + Labels.words(e.reason()) + ")" + (blank(e.force()) ? "" : ", " + e.force())
                    + (blank(e.crimeReference()) ? "" : ", ref " + e.crimeReference())
                    + (blank(e.officer()) ? "" : ", officer " + e.officer());
        } else if (event instanceof PoliceUpdateRecorded e) {
            return "Police update: " + (blank(e.status()) ? "no status given" : cut(e.status()))
                    + (blank(e.crimeReference()) ? "" : ", ref " + e.crimeReference()) + reason(e.note());
        } else if (event instanceof ReferredToAgency e) {
            return "Referred to " + Labels.agency(e.agency()) + ref(e.reference()) + reason(e.reason());
        } else if (event instanceof ReferralAcknowledged e) {
            return "Referral acknowledged" + ref(e.reference()) + reason(e.note());
        } else if (event instanceof DisciplinaryReferralMade) {
            return "Referred to HR (disciplinary case opened)"; // HR detail stays in the HR register
        } else if (event instanceof ComplaintReferralMade) {
            return "Redirected to the complaints procedure (complaint opened)";
        } else if (event instanceof PersonLinkedToUser e) {
            return nameOf.apply(e.personId().value()) + " identified as the user " + e.username();
        } else if (event instanceof PersonAddedToCase e) {
            return person(e.person()) + reason(e.reason());
        } else if (event instanceof PersonCorrected e) {
            return nameOf(e.before()) + ": " + String.join("; ", personChanges(e)) + reason(e.reason());
        } else if (event instanceof CategoryChanged e) {
            String from = category(e.from(), e.trustCategoryFrom());
            String to = category(e.to(), e.trustCategoryTo());
            boolean same = e.from() == e.to() && Objects.equals(idOf(e.trustCategoryFrom()), idOf(e.trustCategoryTo()));
            return (same ? "Other kinds of concern changed: " + to
                    : "From " + from + " to " + to) + otherKinds(e) + reason(e.reason());
        } else if (event instanceof ReportAmended e) {
            return capitalised(String.join("; ", amendments(e))) + reason(e.reason());
        } else if (event instanceof IncidentClosed e) {
            return "Closed: " + Labels.words(e.outcome()) + dash(e.rationale());
        } else if (event instanceof IncidentReopened e) {
            return "Reopened" + reason(e.reason());
        } else if (event instanceof IncidentTransferred e) { // decision 0055
            return e.outside() ? "Transferred out to " + (blank(e.toSchool()) ? "a school outside Tidemark"
                    : cut(e.toSchool())) + " with the pupil's records"
                    : "Transferred to " + (blank(e.toSettingName()) ? "another setting of the trust" : e.toSettingName())
                    + " with the pupil's records";
        } else if (event instanceof OptedOutPupilNoted e) {
            String who = e.personId() == null ? "A pupil" : nameOf.apply(e.personId().value());
            return who + " is on the image consent register: " + (e.allowed() == null ? "restricted"
                    : e.allowed().restriction()) + (e.removalDueAt() == null ? ""
                    : "; the image must be taken down by " + ReadStoreConversions.format(WHEN, e.removalDueAt()));
        }
        if (event instanceof CaseBundleExported e) {
            return "Case bundle exported for " + cut(e.recipient());
        }
        if (event instanceof IncidentImported e && e.received() != null) { // decision 0057
            ReceivedRecord r = e.received();
            return "Received from " + (blank(r.fromSetting()) ? "another school" : cut(r.fromSetting()))
                    + (blank(r.fromReference()) ? "" : " (its case " + cut(r.fromReference()) + ")")
                    + " in a case bundle" + (r.exportedAt() == null ? ""
                    : " exported on " + ReadStoreConversions.format(WHEN, r.exportedAt()))
                    + (blank(r.exportedBy()) ? "" : " by " + cut(r.exportedBy()))
                    + "; its signed manifest verified" + (blank(r.keyId()) ? "" : " (key " + shortHash(r.keyId()) + ")")
                    + ". The "
                    + (r.lines() == null ? 0 : r.lines().size()) + " lines before this one are its chronology there";
        }
        String governance = RetentionSentences.of(event);
        if (governance != null) {
            return governance;
        }
        return typeOf(event).replace('_', ' ').toLowerCase(Locale.ROOT); // an event type added after this code
    }

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM uuuu, HH:mm", Locale.UK)
            .withZone(ZoneId.of("Europe/London"));

    private static String nameOf(Person p) {
        return p == null || blank(p.name()) ? "a person" : p.name();
    }

    private static String person(Person p) {
        return nameOf(p) + " (" + Labels.words(p.role()).toLowerCase(Locale.ROOT) + ", "
                + Labels.words(p.involvement()).toLowerCase(Locale.ROOT) + ")";
    }

    /** What a correction changed, each from what to what: "involvement target → subject". */
    private static List<String> personChanges(PersonCorrected e) {
        List<String> changes = new ArrayList<>();
        if (!Objects.equals(e.before().name(), e.after().name())) {
            changes.add("name " + nameOf(e.before()) + " → " + nameOf(e.after()));
        }
        if (e.before().role() != e.after().role()) {
            changes.add("role " + lower(e.before().role()) + " → " + lower(e.after().role()));
        }
        if (e.before().involvement() != e.after().involvement()) {
            changes.add("involvement " + lower(e.before().involvement()) + " → " + lower(e.after().involvement()));
        }
        return changes;
    }

    /** "Cyberbullying (Group chats)": the trust's own category by the name the event recorded (decision 0041). */
    private static String category(Category category, TrustCategory trust) {
        return Labels.category(category) + (trust == null || blank(trust.name()) ? "" : " (" + trust.name() + ")");
    }

    private static String idOf(TrustCategory trust) {
        return trust == null ? null : trust.id();
    }

    private static String otherKinds(CategoryChanged e) {
        List<Category> before = e.secondaryFrom() == null ? List.of() : e.secondaryFrom();
        List<Category> after = e.secondaryTo() == null ? List.of() : e.secondaryTo();
        if (before.equals(after)) {
            return after.isEmpty() ? "" : "; also " + categories(after);
        }
        return "; also " + (after.isEmpty() ? "nothing else" : categories(after))
                + " (was " + (before.isEmpty() ? "nothing else" : categories(before)) + ")";
    }

    private static String categories(List<Category> categories) {
        return String.join(", ", categories.stream().map(Labels::category).toList());
    }

    private static List<String> amendments(ReportAmended e) {
        List<String> changes = new ArrayList<>();
        if (e.summaryTo() != null) { // (the whole text is on the case page, and the first report in asLogged)
            changes.add("what was seen \u201c" + cut(e.summaryFrom()) + "\u201d → \u201c" + cut(e.summaryTo()) + "\u201d");
        }
        if (e.occurredAtTo() != null) {
            changes.add("when it happened " + (e.occurredAtFrom() == null ? "not given"
                    : ReadStoreConversions.format(WHEN, e.occurredAtFrom()))
                    + " → " + ReadStoreConversions.format(WHEN, e.occurredAtTo()));
        }
        if (e.platformTo() != null) {
            changes.add("where " + Labels.platform(e.platformFrom()) + " → " + Labels.platform(e.platformTo()));
        }
        return changes;
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static String lower(Enum<?> value) {
        return value == null ? "not given" : Labels.words(value).toLowerCase(Locale.ROOT);
    }

    static String cut(String text) {
        if (text == null) {
            return "";
        }
        String flat = text.strip().replaceAll("\\s+", " "); // one line in a chronology, whatever was typed
        return flat.length() <= MAX_FREE_TEXT ? flat : flat.substring(0, MAX_FREE_TEXT - 1).stripTrailing() + "…";
    }

    private static String peopleNamed(int n) {
        return switch (n) {
            case 0 -> "no one named";
            case 1 -> "1 person named";
            default -> n + " people named";
        };
    }

    private static String reason(String text) {
        return blank(text) ? "" : ": " + cut(text);
    }

    private static String dash(String text) {
        return blank(text) ? "" : " — " + cut(text);
    }

    private static String ref(String reference) {
        return blank(reference) ? "" : " (ref " + reference + ")";
    }

    private static String shortHash(String sha256) {
        return sha256.length() <= 12 ? sha256 : sha256.substring(0, 12) + "…";
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}

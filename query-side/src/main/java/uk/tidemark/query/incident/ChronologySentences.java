package uk.tidemark.query.incident;

import uk.tidemark.kernel.incident.*;
import uk.tidemark.kernel.incident.event.*;

import java.util.Locale;
import java.util.function.Function;

/**
 * The one plain-English sentence a DSL reads for each event in a chronology. Free text is cut to
 * {@value #MAX_FREE_TEXT} characters: the full text stays on the case page.
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
            return "Logged: " + Labels.category(e.category()) + " on " + Labels.platform(e.platform()) + "; "
                    + peopleNamed(e.people() == null ? 0 : e.people().size())
                    + (e.immediateRisk() ? "; immediate risk" : "");
        } else if (event instanceof IncidentTriaged e) {
            boolean routed = e.allegationRoute() != null && e.allegationRoute() != AllegationRoute.NONE;
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
        } else if (event instanceof IncidentClosed e) {
            return "Closed: " + Labels.words(e.outcome()) + dash(e.rationale());
        } else if (event instanceof IncidentReopened e) {
            return "Reopened" + reason(e.reason());
        }
        return typeOf(event).replace('_', ' ').toLowerCase(Locale.ROOT); // an event type added after this code
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

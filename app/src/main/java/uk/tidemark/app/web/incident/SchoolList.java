package uk.tidemark.app.web.incident;

import org.springframework.stereotype.Component;
import uk.tidemark.app.account.TidemarkUser;
import uk.tidemark.app.audit.ReadAudit;
import uk.tidemark.app.web.page.Choice;
import uk.tidemark.app.web.page.Form;
import uk.tidemark.app.web.person.Rosters;
import uk.tidemark.kernel.incident.PersonRole;
import uk.tidemark.kernel.person.RosterMatch;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The report form's school list (decision 0042): under a person block's name, the pupils and staff of the reporter's
 * settings whose name matches what was typed, to pick the one meant ({@code people[i].personId}) or "none of these".
 * Names, role and year or class only. A look at the list is audited as a read of a list, as {@code GET /api/roster}.
 */
@Component
class SchoolList {

    /** At most this many people of the school list under a name. */
    private static final int MATCHES = 8;

    /**
     * A person block's school list: the people whose name contains what was typed, the one already chosen among them,
     * and "none of these". {@code typed} null when too short to look up.
     */
    record Found(String typed, List<Choice> options, Map<String, String> roles) {
        Found(String typed, List<Choice> options) {
            this(typed, options, Map.of());
        }

        long people() {
            return options.stream().filter(o -> !ConcernForm.NOT_LISTED.equals(o.value())).count();
        }
    }

    private final Rosters rosters;
    private final ReadAudit reads;

    SchoolList(Rosters rosters, ReadAudit reads) {
        this.rosters = rosters;
        this.reads = reads;
    }

    /** Whether any of the user's settings has a list to pick from (the form offers "Find on the school list"). */
    boolean offeredTo(TidemarkUser user) {
        return rosters.anyFor(user);
    }

    /**
     * The lists the form shows again, by block: the block whose "Find" was pressed ({@code finding}, or null), and
     * every block whose person was already picked (so the choice stays visible and can be changed).
     */
    Map<Integer, Found> forBlocks(TidemarkUser user, Form form, int blocks, Integer finding) {
        Map<Integer, Found> shown = new HashMap<>();
        for (int i = 0; i < blocks; i++) {
            String chosen = form.value("people[" + i + "].personId");
            boolean picked = !chosen.isBlank() && !ConcernForm.NOT_LISTED.equals(chosen);
            boolean looking = Integer.valueOf(i).equals(finding);
            if (looking || picked) {
                Found found = find(user, form.value("settingId"), form.value("people[" + i + "].name"),
                        picked ? chosen : null);
                shown.put(i, found);
                if (looking && found.typed() != null) {
                    reads.recordList(user, found.people());
                }
            }
        }
        return shown;
    }

    /**
     * The form's answers with each block's role filled from the school list where a person was picked from it and
     * no role chosen: the list knows whether they are a pupil or staff, so the reporter need not say it again.
     */
    Map<String, String> withRosterRoles(TidemarkUser user, Map<String, String> values, int blocks) {
        Map<String, String> filled = new java.util.LinkedHashMap<>(values);
        for (int i = 0; i < blocks; i++) {
            String chosen = values.getOrDefault("people[" + i + "].personId", "");
            String role = values.getOrDefault("people[" + i + "].role", "");
            if (chosen.isBlank() || ConcernForm.NOT_LISTED.equals(chosen) || !role.isBlank()) {
                continue;
            }
            int block = i;
            rosters.onRosterOf(user, chosen).map(RosterMatch::role).filter(java.util.Objects::nonNull)
                    .ifPresent(r -> filled.put("people[" + block + "].role", r.name()));
        }
        return filled;
    }

    /** One block's list, for the htmx swap: always audited, as the API's. */
    Found lookUp(TidemarkUser user, String settingId, String name) {
        Found found = find(user, settingId, name, null);
        reads.recordList(user, found.people());
        return found;
    }

    private Found find(TidemarkUser user, String settingId, String name, String chosen) {
        String typed = name == null || name.strip().length() < 2 ? null : name.strip();
        List<RosterMatch> matches = new ArrayList<>(typed == null ? List.of()
                : rosters.named(user, settingId, typed, MATCHES));
        if (chosen != null && matches.stream().noneMatch(m -> m.personId().equals(chosen))) {
            rosters.onRosterOf(user, chosen).ifPresent(m -> matches.add(0, m));
        }
        if (matches.isEmpty()) {
            return new Found(typed, List.of());
        }
        List<Choice> options = new ArrayList<>();
        Map<String, String> roles = new HashMap<>();
        matches.forEach(m -> options.add(new Choice(m.personId(), m.name(), hint(m))));
        matches.stream().filter(m -> m.role() != null)
                .forEach(m -> roles.put(m.personId(), m.role().name()));
        options.add(new Choice(ConcernForm.NOT_LISTED, "None of these",
                "Someone not on the school list: the name as you typed it is sent"));
        return new Found(typed == null ? "" : typed, options, roles);
    }

    /** "Pupil, Year 7, 7B": role and year or class, the words a colleague would use. */
    private static String hint(RosterMatch m) {
        String role = m.role() == PersonRole.PUPIL ? "Pupil" : ConcernForm.ROLES.getOrDefault(m.role(),
                Choice.words(m.role()));
        return m.group() == null ? role : role + ", " + m.group();
    }
}

package uk.tidemark.command.incident;

import uk.tidemark.kernel.incident.IncidentState;
import uk.tidemark.kernel.incident.IncidentTransitionTable;
import uk.tidemark.kernel.incident.IncidentTransitionTable.Row;

import java.util.*;

/**
 * The aggregate's use of {@link IncidentTransitionTable} (in the kernel, where the case page reads it too): the
 * check before any command-specific rule ({@link IncidentRule}), and docs/incident-transitions.md, rendered from the
 * table and the rules ({@link #toMarkdown()}); a test fails when the docs differ.
 */
final class IncidentTransitions {

    private IncidentTransitions() {
    }

    static List<Row> rows() {
        return IncidentTransitionTable.rows();
    }

    /** The refusal for {@code command} in {@code state}, or empty when the table allows it. */
    static Optional<String> refusal(Class<?> command, IncidentState state) {
        return IncidentTransitionTable.refusal(command, state);
    }

    /** Throws the table's refusal when {@code command} is not allowed in {@code state}. */
    static void check(Object command, IncidentState state) {
        refusal(command.getClass(), state).ifPresent(sentence -> {
            throw new IncidentRuleViolation(sentence);
        });
    }

    /** docs/incident-transitions.md, rendered from the table and the command-specific rules. */
    static String toMarkdown() {
        StringBuilder md = new StringBuilder();
        md.append("# Incident case: transitions and rules\n\n")
                .append("<!-- Generated from IncidentTransitions and IncidentRule (command-side); do not edit by hand.\n")
                .append("     Regenerate from the repository root: mvn -o -pl shared-kernel,command-side test -Dtest=IncidentTransitionsDocTest -Dsurefire.failIfNoSpecifiedTests=false -Dtidemark.writeDocs=true -->\n\n")
                .append("`LogIncident` starts a case in NEW; the reporter is the signed-in user (the `actor` metadata). ")
                .append("`ImportIncident` starts one the same way from a case bundle another Tidemark installation ")
                .append("exported, the importer its reporter (decision 0057). ")
                .append("Every command must name its actor (the first rule below). A command on an existing case is ")
                .append("then checked against the table, then against the rest of the command-specific rules. ")
                .append("A refused command changes nothing and answers with the sentence shown.\n\n")
                .append("## States\n\n");
        for (IncidentState state : IncidentState.values()) {
            md.append("- **").append(state).append("**: ").append(state.meaning()).append('\n');
        }
        md.append("\nA reopened case returns to TRIAGED: a case must be triaged before it can be closed.\n\n")
                .append("## Commands by state\n\n| Command | What it does |");
        for (IncidentState state : IncidentState.values()) {
            md.append(' ').append(state).append(" |");
        }
        md.append("\n|---|---|").append("---|".repeat(IncidentState.values().length)).append('\n');
        for (Row row : rows()) {
            md.append("| `").append(row.command().getSimpleName()).append("` | ").append(row.action()).append(" |");
            for (IncidentState state : IncidentState.values()) {
                md.append(row.allows(state) ? " allowed" : " refused: " + row.refusals().get(state)).append(" |");
            }
            md.append('\n');
        }
        md.append("\n## Command-specific rules\n\nListed in the order they are checked: the actor first, the rest once the table allows the command.\n\n")
                .append("| Command | Rule | Refusal |\n|---|---|---|\n");
        for (IncidentRule rule : IncidentRule.values()) {
            md.append("| ").append(rule.commandName()).append(" | ").append(rule.rule())
                    .append(" | ").append(rule.template()).append(" |\n");
        }
        md.append("\n## Conflict of interest\n\n")
                .append("A person on the case may be linked to a Tidemark user (`people[].username` when logging, or ")
                .append("`LinkPersonToUser` later). A user linked to a SUBJECT has a conflict of interest: any command ")
                .append("they send to the case is not refused with a sentence but answered as if the case did not ")
                .append("exist (`SubjectOfCaseException`, the API's 404), and they cannot be made its owner. A link is ")
                .append("never replaced. An owner who becomes a subject keeps the case on record, but what would go to ")
                .append("them (missed deadlines, alerts) goes to the setting's headteacher until the case is given ")
                .append("to someone else.\n");
        md.append("\n## What a triage decides\n\n")
                .append("- Owner: the owner named in the command; if none is named, the current owner stays; ")
                .append("if the case has no owner yet, or its owner is a subject of it, the DSL who triages it ")
                .append("takes it.\n")
                .append("- Allegation route: the route named in the command; if none is named, the current route ")
                .append("stays (NONE for a new case).\n");
        md.append("\n## Deadlines the case sets\n\n")
                .append("Each is a `DeadlineSet` in the case's stream, then a `DeadlineMet`, `DeadlineMissed` (when its ")
                .append("time comes first) or `DeadlineCancelled`. They answer to the case owner, or to the setting's ")
                .append("DSLs while there is none; working days skip weekends and the bank holidays of the setting's ")
                .append("calendar (England and Wales, Scotland or Northern Ireland), and a day ends at midnight in ")
                .append("London.\n\n")
                .append("| Deadline | Set by | Due | Met by |\n|---|---|---|---|\n")
                .append("| FIRST_RESPONSE | `IncidentLogged` | 24 hours after a report made on a working day, else the end of ")
                .append("the next working day; for a child at immediate risk, an hour after the report (clock time, ")
                .append("`tidemark.incidents.immediate-risk-response-minutes`) if that is sooner | the first ")
                .append("`IncidentTriaged` (or `IncidentClosed`) |\n")
                .append("| LADO_REFERRAL | `IncidentTriaged` that raises the route to HARM_THRESHOLD, unless the LADO has ")
                .append("already been referred to | the end of the next working day | `ReferredToAgency` to the LADO |\n")
                .append("| REFERRAL_FOLLOW_UP, one per referral | `ReferredToAgency` | the end of the next working day | ")
                .append("`ReferralAcknowledged` for that referral; settled (cancelled, with the outcome and ")
                .append("rationale as the reason) if the case is closed first |\n")
                .append("| WARNING_RESPONSE, one per warning | `WarningIssued` | the end of the response date (five working ")
                .append("days if none was given) | `WarningResponseRecorded`; if none comes, NO_RESPONSE is recorded ")
                .append("when the deadline is missed; settled (cancelled, with the closing reason) if the case is ")
                .append("closed first |\n")
                .append("| RETENTION_REVIEW | `IncidentClosed`, with `RetentionScheduled` naming the rule and the date ")
                .append("(decision 0052) | the end of the first working day on or after the date the retention schedule ")
                .append("gives | `IncidentContentDestroyed`, or `RetentionExtended`, which sets the next review at the ")
                .append("new date; cancelled by `IncidentReopened`; kept while a legal hold is placed |\n")
                .append("\nClosing the case (`IncidentClosed`) meets a pending first response and settles every other ")
                .append("pending deadline with a `DeadlineCancelled` whose reason is the outcome and the rationale, so ")
                .append("no deadline of a closed case is missed; reopening it sets none of them again (decision 0044).\n")
                .append("\n## Retention, legal hold and destruction\n\n")
                .append("Closing a case sets its retention review by the schedule (decision 0052): a child protection ")
                .append("record 25 years after closing, an allegation against staff 10 years from the report, any other ")
                .append("online-safety incident 6 years after closing (the defaults; an administrator may change them), ")
                .append("the latest of those that apply. One lead asks for the destruction (`RequestDestruction`), ")
                .append("another confirms it (`ConfirmDestruction`), which destroys the case's data key in the same ")
                .append("transaction as `IncidentContentDestroyed`. A legal hold refuses both until it is lifted. Once ")
                .append("the content is destroyed, the case refuses every command.\n");
        return md.toString();
    }
}

package uk.tidemark.app.web.person;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import uk.tidemark.app.audit.CaseDataRead;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import uk.tidemark.app.access.AccessScope;
import uk.tidemark.app.account.TidemarkUser;
import uk.tidemark.app.web.page.SettingNames;
import uk.tidemark.app.web.page.WebPage;
import uk.tidemark.kernel.incident.query.PersonChronology;

import java.util.Map;

/**
 * A person's chronology across the cases the user may see: {@link PersonChronologyController}'s answer (its
 * scope, conflict-of-interest filter and read audit), newest case first, each entry linked to its case.
 */
@WebPage
class PersonPages {

    private final PersonChronologyController chronologies;
    private final AccessScope scope;
    private final Rosters rosters;

    PersonPages(PersonChronologyController chronologies, AccessScope scope, Rosters rosters) {
        this.chronologies = chronologies;
        this.scope = scope;
        this.rosters = rosters;
    }

    @GetMapping("/people/{personId}")
    @CaseDataRead // read through PersonChronologyController, which records the read
    String person(@PathVariable String personId, @AuthenticationPrincipal TidemarkUser user, Model model) {
        PersonChronology person = chronologies.chronology(personId, user);
        Map<String, String> settingNames = SettingNames.of(scope, user);
        model.addAttribute("person", person);
        model.addAttribute("settingNames", settingNames);
        // each case by the reference people say, for the chronology's links too
        model.addAttribute("references", person.cases().stream().filter(c -> c.reference() != null)
                .collect(java.util.stream.Collectors.toMap(PersonChronology.PersonCase::incidentId,
                        PersonChronology.PersonCase::reference, (a, b) -> a)));
        // on a setting's school list: where, and their year and class there now
        model.addAttribute("listed", rosters.onRosterOf(user, person.personId()).orElse(null));
        return "people/chronology";
    }
}

package uk.tidemark.app.demo;

import uk.tidemark.kernel.declaration.*;
import uk.tidemark.kernel.declaration.command.MakeDeclaration;
import uk.tidemark.kernel.declaration.command.NoteDeclaration;
import uk.tidemark.kernel.incident.Platform;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * The staff declarations of Riverside Primary (issue 18, seeds 003 and 004): a class teacher's declared friend
 * request from an ex-pupil, noted by the DSL, and his request to run a class blog, waiting for the headteacher's
 * decision. Every name is invented.
 */
final class DemoDeclarations implements DemoStory {

    private static final String RIVERSIDE = DemoOrganisation.RIVERSIDE_PRIMARY.id();
    private static final String TEACHER = "Tom Brierley (Class teacher, Riverside Primary)";

    private DemoDeclarations() {
    }

    static List<DemoStory> all() {
        return List.of(new DemoDeclarations());
    }

    @Override
    public String kind() {
        return "declarations";
    }

    @Override
    public String label() {
        return RIVERSIDE;
    }

    @Override
    public List<Step> plan(Instant now, DemoPeople directory) {
        List<Step> steps = new ArrayList<>();
        Instant fourDaysAgo = now.minus(Duration.ofDays(4));
        LocalDate contactDay = LocalDate.ofInstant(fourDaysAgo, ZoneId.of("Europe/London")).minusDays(1);
        DeclarationId contact = DeclarationId.random();
        steps.add(new Step("staff", new MakeDeclaration(contact, RIVERSIDE, TEACHER, DeclarationKind.CONTACT,
                new Contact(ContactFrom.EX_PUPIL, "Kieran Mollet (left Year 6 last July)", ContactKind.FRIEND_REQUEST,
                        Platform.INSTAGRAM, contactDay, "Declined the request and blocked the account."), null, null),
                "contact declared", fourDaysAgo));
        steps.add(new Step("dsl", new NoteDeclaration(contact, "Spoke to Tom: he did the right thing. Nothing more "
                + "needed; the Year 7 DSL at Hillview told."), "contact noted", fourDaysAgo.plus(Duration.ofHours(3))));
        steps.add(new Step("staff", new MakeDeclaration(DeclarationId.random(), RIVERSIDE, TEACHER,
                DeclarationKind.APPROVAL, null, new ApprovalRequest(ApprovalKind.WORK_ACCOUNT,
                        "A Year 5 class blog for the science projects, run from a school account, with the office as "
                                + "a second administrator."), "head"),
                "approval sought", now.minus(Duration.ofDays(1))));
        return steps;
    }
}

package uk.tidemark.app.demo;

import java.util.List;

import static uk.tidemark.app.demo.DemoComplaint.complaint;
import static uk.tidemark.kernel.complaint.ComplaintChannel.EMAIL;
import static uk.tidemark.kernel.complaint.ComplaintChannel.IN_PERSON;
import static uk.tidemark.kernel.complaint.ComplaintChannel.LETTER;
import static uk.tidemark.kernel.complaint.ComplaintChannel.PHONE;
import static uk.tidemark.kernel.complaint.PanelDecision.PARTLY_UPHELD;

/**
 * Complaints received directly, in both settings and at every stage, handled by the DSLs, the deputy and the
 * headteacher. (The complaint redirected from a social media post starts from its incident, in
 * {@link HillviewAcademyCases}.) Every name is invented.
 */
final class Complaints {

    private static final String RIVERSIDE = DemoOrganisation.RIVERSIDE_PRIMARY.id();
    private static final String HILLVIEW = DemoOrganisation.HILLVIEW_ACADEMY.id();

    private Complaints() {
    }

    static List<DemoComplaint> all() {
        return List.of(
                // the formal complaint Parent A made after taking down her post (RiversidePrimaryCases): to a panel
                complaint(RIVERSIDE).receivedBy("head").daysAgo(115).via(EMAIL).from("Parent A (name withheld)")
                        .summary("Says the new pick-up arrangements leave younger children waiting outside in the "
                                + "rain, and that her emails about them went unanswered.")
                        .onDay(1).acknowledged()
                        .onDay(2).formalStage("The parent asked for the formal stage at once: she had raised it "
                                + "informally by email three times.")
                        .onDay(15).formalResponse("Two of the three emails were answered late. The arrangements "
                                        + "follow a risk assessment agreed with the governors.",
                                "The late replies are upheld, with an apology; the arrangements stay, with a covered "
                                        + "waiting area for Reception and Year 1 from next term.",
                                "Write to the clerk to the governors within ten school days to ask for a panel.")
                        .onDay(21).panelRequested("The parent does not accept the arrangements are safe for "
                                + "Reception children.")
                        .onDay(42).panelHearing(List.of("Mrs Helen Marchbank (trustee, chair)",
                                "Mr Derek Olusanya (governor)", "Ms Rachel Finch (independent member)"))
                        .panelDecision(PARTLY_UPHELD, "The late replies are upheld. The arrangements are "
                                + "reasonable, but the covered waiting area should open this term.")
                        .onDay(44).close("Decision sent to the parent; the covered area opened the following week."),

                // a letter nobody acknowledged: its acknowledgement is overdue
                complaint(RIVERSIDE).receivedBy("deputy").daysAgo(14).via(LETTER)
                        .from("Mr and Mrs Okoro (grandparents)")
                        .summary("Letter to the chair of governors: their grandson was kept in at lunchtime three "
                                + "days running and the family was not told why."),

                // resolved informally, waiting to hear that the parent is satisfied
                complaint(RIVERSIDE).receivedBy("dsl").daysAgo(10).via(PHONE).from("Ms Jade Whitmore (parent)")
                        .summary("Her son's work, with his first name, was shown on the Year 5 class blog after she "
                                + "asked for him not to be named online.")
                        .onDay(1).acknowledged()
                        .onDay(6).resolvedInformally("Met Ms Whitmore: the post was edited the same day and teachers "
                                + "reminded of the consent list. She will let us know this week whether she is satisfied."),

                // at the formal stage, the written response not yet due
                complaint(RIVERSIDE).receivedBy("dsl").daysAgo(20).via(EMAIL).from("Mrs Denise Farrow (parent)")
                        .summary("Says the school has not acted on her concerns about the headteacher and asks for "
                                + "an independent investigation.")
                        .onDay(2).acknowledged()
                        .onDay(9).formalStage("Mrs Farrow declined an informal meeting. The complaint concerns the "
                                + "headteacher, so the chair of governors investigates."),

                // withdrawn at the formal stage
                complaint(HILLVIEW).receivedBy("dsl-b").daysAgo(41).via(IN_PERSON).from("Mr Stephen Hale (parent)")
                        .summary("His daughter's Year 9 seating plan puts her next to a pupil who bullied her last "
                                + "year, and his request to move her was refused.")
                        .onDay(1).acknowledged()
                        .onDay(8).formalStage("Mr Hale asked for the formal stage after meeting the head of year.")
                        .onDay(14).withdrawn("Mr Hale withdrew it once his daughter was moved and a support plan "
                                + "agreed with the family."));
    }
}

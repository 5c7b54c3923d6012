package uk.tidemark.app.demo;

import java.util.List;

import static uk.tidemark.app.demo.DemoHrCase.hrCase;
import static uk.tidemark.kernel.disciplinary.AppealDecision.NOT_UPHELD;
import static uk.tidemark.kernel.disciplinary.DisciplinaryOutcome.FINAL_WRITTEN_WARNING;
import static uk.tidemark.kernel.disciplinary.DisciplinaryOutcome.FIRST_WRITTEN_WARNING;
import static uk.tidemark.kernel.disciplinary.DisciplinaryOutcome.SUMMARY_DISMISSAL;
import static uk.tidemark.kernel.disciplinary.ReferralDecision.REFERRED;

/**
 * HR disciplinary cases that the trust's HR opened directly, in both settings and at every stage; they name staff
 * as the settings' incidents do, so a person's chronology links the two. (The case opened by a DSL's referral
 * starts from its incident, in {@link StaffConcernCases}.) Every name is invented.
 */
final class DisciplinaryCases {

    private static final String RIVERSIDE = DemoOrganisation.RIVERSIDE_PRIMARY.id();
    private static final String HILLVIEW = DemoOrganisation.HILLVIEW_ACADEMY.id();
    private static final String RIVERSIDE_INVESTIGATOR = "Mrs Fiona Catterall (deputy headteacher, Riverside Primary)";
    private static final String HILLVIEW_INVESTIGATOR = "Mr Tobias Wren (assistant principal, Hillview Academy)";

    private DisciplinaryCases() {
    }

    static List<DemoHrCase> all() {
        return List.of(
                // the harm-threshold allegation of StaffConcernCases: dismissed, and both barring referrals made
                hrCase(HILLVIEW).openedDaysAgo(261).employee("Mr Daniel Roker (drama teacher)", true)
                        .concerningHarmToChildren()
                        .allegation("Sent a Year 10 pupil private Instagram messages about her looks, calling their "
                                + "contact 'our secret'. Referred to the LADO; suspended on the LADO's advice.")
                        .appointInvestigator("Ms Claire Hambleton (HR business partner, Riverside Learning Trust)")
                        .onDay(20).findings("The LADO's enquiry substantiated the allegation. Mr Roker accepts he "
                                + "sent the 23 messages from his personal account, in breach of the code of conduct "
                                + "and the safeguarding policy.")
                        .onDay(21).inviteToHearing(9)
                        .hearingHeld("Workplace representative of his union")
                        .outcome(SUMMARY_DISMISSAL, "Gross misconduct: he sought a secret, personal relationship "
                                + "with a pupil. The trust cannot rely on his conduct with children.")
                        .onDay(47).barringDecision(REFERRED, REFERRED, "Dismissed for conduct that harmed or could "
                                + "harm a child: the duty to refer to the DBS applies, and to the TRA for a teacher.")
                        .onDay(50).close("Summarily dismissed; no appeal lodged; DBS and TRA referrals made."),

                // a final written warning, still live
                hrCase(HILLVIEW).openedDaysAgo(75).employee("Ms Leanne Corbett (cover supervisor)", false)
                        .allegation("Posted on her public TikTok a video filmed in a Year 8 lesson she was covering, "
                                + "in which two pupils can be identified, after a written instruction not to film "
                                + "pupils on a personal phone.")
                        .appointInvestigator(HILLVIEW_INVESTIGATOR)
                        .onDay(13).findings("The video was public for two days and viewed about 1,900 times; one of "
                                + "the pupils shown has no photo consent. Ms Corbett accepts she had the written "
                                + "instruction and removed the video when asked.")
                        .onDay(15).inviteToHearing(9)
                        .hearingHeld("Mrs Jan Prothero (UNISON representative)")
                        .outcome(FINAL_WRITTEN_WARNING, "A deliberate breach of a written instruction that exposed "
                                + "a pupil without photo consent; her prompt removal of the video and her remorse "
                                + "weighed against dismissal.")
                        .onDay(45).close("No appeal within the window; the final written warning stays on file "
                                + "for twelve months."),

                // a first written warning, upheld on appeal, since expired
                hrCase(RIVERSIDE).openedDaysAgo(250).employee("Mrs Alison Threlfall (Year 1 teacher)", true)
                        .allegation("Shared on her personal Facebook screenshots from the staff WhatsApp group, "
                                + "including a discussion of a pupil's family circumstances.")
                        .appointInvestigator(RIVERSIDE_INVESTIGATOR)
                        .onDay(14).findings("The screenshots were shared in a Facebook group of twelve friends, one "
                                + "of them a parent at the school who recognised the family. Mrs Threlfall accepts "
                                + "she shared them.")
                        .onDay(16).inviteToHearing(9)
                        .hearingHeld("Mr Arun Mistry (NEU representative)")
                        .outcome(FIRST_WRITTEN_WARNING, "A breach of confidentiality about a pupil's family; a "
                                + "first offence, admitted at once.")
                        .daysAfterHearing(2).appeal("The group was private and nobody outside it could have "
                                + "identified the family.")
                        .daysAfterHearing(16).appealDecided(NOT_UPHELD, null, "The group was private but not under "
                                + "the school's control, and a parent in it did recognise the family. The warning "
                                + "stands.")
                        .daysAfterHearing(17).close("Appeal decided: the first written warning stands for six "
                                + "months."),

                // a hearing arranged for the coming days
                hrCase(RIVERSIDE).openedDaysAgo(24).employee("Mr Stuart Pendry (site manager)", false)
                        .allegation("Called a colleague 'lazy' and the school's leadership 'a joke' in the 'Riverside "
                                + "Village Noticeboard' Facebook group, naming himself as the school's site manager.")
                        .appointInvestigator(RIVERSIDE_INVESTIGATOR)
                        .onDay(13).findings("Mr Pendry accepts he wrote the comments. They were public for three "
                                + "days and shared in the group; they breach the code of conduct and the social "
                                + "media policy.")
                        .onDay(20).inviteToHearing(9),

                // under investigation, after the low-level concern of StaffConcernCases
                hrCase(HILLVIEW).openedDaysAgo(6).employee("Mr Ben Castell (PE teacher)", true)
                        .allegation("Went on messaging the Year 11 football squad through a WhatsApp group on his "
                                + "personal phone after agreeing to close it, and added two pupils to a new group.")
                        .onDay(1).appointInvestigator("Mrs Anita Rowe (deputy principal, Hillview Academy)"));
    }
}

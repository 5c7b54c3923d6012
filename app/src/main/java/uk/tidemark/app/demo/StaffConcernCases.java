package uk.tidemark.app.demo;

import java.util.List;

import static uk.tidemark.app.demo.DemoCase.demoCase;
import static uk.tidemark.kernel.incident.Agency.*;
import static uk.tidemark.kernel.incident.AllegationRoute.*;
import static uk.tidemark.kernel.incident.Category.*;
import static uk.tidemark.kernel.incident.ContentAction.*;
import static uk.tidemark.kernel.incident.Outcome.*;
import static uk.tidemark.kernel.incident.PersonRole.*;
import static uk.tidemark.kernel.incident.Platform.*;
import static uk.tidemark.kernel.incident.PoliceReason.*;
import static uk.tidemark.kernel.incident.Severity.*;

/**
 * Allegations and concerns about staff and volunteers (KCSIE Part 4) in both settings: low-level concerns
 * handled by the headteacher, and harm-threshold allegations referred to the LADO. Every name is invented.
 */
final class StaffConcernCases {

    private static final String RIVERSIDE = DemoOrganisation.RIVERSIDE_PRIMARY.id();
    private static final String HILLVIEW = DemoOrganisation.HILLVIEW_ACADEMY.id();

    private StaffConcernCases() {
    }

    static List<DemoCase> all() {
        return List.of(
                demoCase(RIVERSIDE).reportedBy("staff").daysAgo(245).category(STAFF_MISUSE).on(FACEBOOK)
                        .summary("A teaching assistant accepted friend requests from several pupils' parents on her "
                                + "personal Facebook and commented on a pupil's birthday photo.")
                        .subject("Ms Kerry Voss (teaching assistant)", STAFF)
                        .by("head").triage(LOW, "Poor judgement, no harm to a child: a low-level concern.", LOW_LEVEL_CONCERN)
                        .onDay(2).note("Met Ms Voss: code of conduct and social media policy revisited; she "
                                + "unfriended the parents. Recorded on the low-level concerns log.")
                        .close(RESOLVED_INFORMALLY, "Addressed through a supportive conversation; no pattern."),

                demoCase(RIVERSIDE).reportedBy("deputy").daysAgo(168).category(STAFF_MISUSE).on(INSTAGRAM)
                        .summary("A teacher posted a photo of a display on her public Instagram; one pupil's full name "
                                + "is readable on the work.")
                        .subject("Mrs Lena Hargreaves (Year 3 teacher)", STAFF).target("Pupil T (Year 3)", PUPIL)
                        .by("head").triage(LOW, "Careless, quickly fixed: a low-level concern.", LOW_LEVEL_CONCERN)
                        .contentAction(POST_DELETED, null, "Removed by the teacher as soon as she was asked.")
                        .close(NO_FURTHER_ACTION, "Post removed; low-level concern recorded; no earlier concerns."),

                demoCase(RIVERSIDE).reportedBy("staff").daysAgo(17).category(INAPPROPRIATE_CONTACT).on(WHATSAPP)
                        .summary("A volunteer football coach has been messaging a Year 6 pupil on WhatsApp late at "
                                + "night, telling him to 'keep this between us'. The pupil's mother found the messages.")
                        .subject("Mr Shaun Pettifer (volunteer coach)", VOLUNTEER).target("Pupil U (Year 6)", PUPIL)
                        .triage(CRITICAL, "Secret late-night contact with a child: meets the harm threshold.", HARM_THRESHOLD)
                        .evidence("Photos of the messages taken by the parent", null)
                        .refer(LADO, "Allegation against a volunteer: possible grooming.", "LADO-4471")
                        .acknowledged("LADO-4471", "The LADO called back within the hour: stand the volunteer down "
                                + "and expect a strategy discussion.")
                        .note("Volunteer stood down from all activities by the headteacher on the LADO's advice.")
                        .refer(CHILDRENS_SOCIAL_CARE, "Strategy discussion requested by the LADO.", "MASH-29902")
                        .onDay(2).police(OTHER_CRIMINAL, "Thames Valley Police", "43-131077", "DC Harriet Vale")
                        .onDay(9).policeUpdate("Under investigation", "Devices seized; volunteer released under "
                                + "investigation with no contact with children.", "43-131077"),

                // the deputy DSL is its subject: signed in as deputy, the case is nowhere to be seen
                demoCase(RIVERSIDE).reportedBy("staff").daysAgo(26).category(STAFF_MISUSE).on(FACEBOOK)
                        .summary("A parent says the deputy DSL's personal Facebook account commented on a class photo "
                                + "another parent had posted.")
                        .subject("Mr Sam Whitlock (deputy DSL)", STAFF, "deputy")
                        .by("head").triage(LOW, "Personal social media judgement: a low-level concern, handled by the "
                                + "headteacher because the deputy DSL is its subject.", LOW_LEVEL_CONCERN)
                        .onDay(1).note("Spoke to Mr Whitlock; the comment is gone; social media guidance revisited.")
                        .close(RESOLVED_INFORMALLY, "Comment removed; recorded on the low-level concerns log."),

                demoCase(RIVERSIDE).reportedBy("staff").daysAgo(88).category(STAFF_MISUSE).on(TIKTOK)
                        .summary("A parent said a TikTok account in Mr Bell's name follows several Year 6 pupils.")
                        .subject("Mr Owen Bell (teaching assistant)", STAFF)
                        .by("head").triage(LOW, "Unverified; checked as a possible low-level concern.", LOW_LEVEL_CONCERN)
                        .onDay(1).note("The account belongs to someone else with the same name in another town; "
                                + "Mr Bell has no TikTok account.")
                        .close(UNFOUNDED, "The account is not Mr Bell's."),

                // a repeat of the first low-level concern above, referred to HR by the DSL
                demoCase(RIVERSIDE).reportedBy("staff").daysAgo(3).category(STAFF_MISUSE).on(FACEBOOK)
                        .summary("Ms Voss commented in the 'Riverside Parents Chat' Facebook group that a Year 4 "
                                + "parent is 'a nightmare' and 'we all dread her at pick-up'. The parent saw it.")
                        .subject("Ms Kerry Voss (teaching assistant)", STAFF)
                        .target("Parent of a Year 4 pupil (name withheld)", PARENT_CARER)
                        .triage(MEDIUM, "A second social media concern about Ms Voss this year, now naming a parent: "
                                + "a conduct matter.", LOW_LEVEL_CONCERN)
                        .evidence("Screenshot of the comment sent by the parent", null)
                        .contentAction(POST_DELETED, null, "Deleted by Ms Voss when the headteacher asked her to.")
                        .onDay(1).note("Low-level concerns log reviewed with the headteacher: the Facebook concern "
                                + "eight months ago was the same kind of conduct, so this is a pattern for HR.")
                        .onDay(3).referToHr("Ms Kerry Voss (teaching assistant)", false, false, "Posted a "
                                + "derogatory comment about a named parent in a public Facebook group, repeating a "
                                + "low-level concern about her use of social media eight months ago."),

                demoCase(HILLVIEW).reportedBy("dsl-b").daysAgo(262).category(INAPPROPRIATE_CONTACT).on(INSTAGRAM)
                        .summary("A Year 10 pupil's friend showed a teacher Instagram messages from the drama teacher's "
                                + "personal account to the pupil: compliments on her looks and 'our secret'.")
                        .subject("Mr Daniel Roker (drama teacher)", STAFF).target("Pupil 10V (Year 10)", PUPIL)
                        .witness("Pupil 10W (Year 10)", PUPIL)
                        .triage(CRITICAL, "Sexualised private contact with a pupil: meets the harm threshold.", HARM_THRESHOLD)
                        .evidence("Screenshots of 23 messages, with the account name", null)
                        .refer(LADO, "Allegation against a teacher: inappropriate contact with a pupil.", "LADO-4302")
                        .acknowledged("LADO-4302", "Acknowledged by the LADO the same afternoon; advised suspension.")
                        .note("Suspended by the headteacher on the LADO's advice; HR informed.")
                        .onDay(20).note("LADO: allegation substantiated; no police action needed.")
                        .onDay(48).note("Dismissed for gross misconduct after a disciplinary hearing (HR case).")
                        .refer(DBS, "Dismissal for harm to a child: referral duty.", "DBS-RD-77120")
                        .refer(TRA, "Teacher misconduct referral.", "TRA-22871")
                        .close(DISCIPLINARY_ACTION, "Dismissed; DBS and TRA referrals made; pupil supported."),

                demoCase(HILLVIEW).reportedBy("dsl-b").daysAgo(12).category(STAFF_MISUSE).on(WHATSAPP)
                        .summary("A PE teacher added the Year 11 football squad to a WhatsApp group on his personal "
                                + "phone to arrange fixtures, instead of using the school app.")
                        .subject("Mr Ben Castell (PE teacher)", STAFF)
                        .triage(LOW, "Outside policy but open and about fixtures: a low-level concern.", LOW_LEVEL_CONCERN)
                        .note("Messages reviewed: all about fixtures. Meeting with Mr Castell booked.")
                        .onDay(2).note("Met Mr Castell: he agreed to close the group and use the school app only.")
                        .onDay(6).note("He has since added two pupils to a new group; the principal has asked HR to "
                                + "take it forward under the disciplinary procedure."),

                demoCase(HILLVIEW).reportedBy("dsl-b").daysAgo(109).category(CONFIDENTIALITY_BREACH).on(LINKEDIN)
                        .summary("A teaching assistant's LinkedIn post described a recent safeguarding incident; no "
                                + "names, but the pupil could be recognised by families.")
                        .subject("Ms Imogen Tate (teaching assistant)", STAFF)
                        .triage(MEDIUM, "Confidentiality, no intent to harm: a low-level concern.", LOW_LEVEL_CONCERN)
                        .contentAction(POST_DELETED, null, "Removed by Ms Tate the same day.")
                        .onDay(3).note("Confidentiality training booked; recorded on the low-level concerns log.")
                        .close(RESOLVED_INFORMALLY, "Post removed; training done."),

                demoCase(HILLVIEW).reportedBy("dsl-b").hoursAgo(5).category(INAPPROPRIATE_CONTACT).on(SNAPCHAT)
                        .summary("A Year 8 pupil says the learning mentor added her on Snapchat and sent her a message "
                                + "saying she 'looked nice today'.")
                        .subject("Mr Rhys Anstey (learning mentor)", STAFF).target("Pupil 8X (Year 8)", PUPIL)
                        .triage(HIGH, "Private contact with a pupil with a personal comment: harm threshold; LADO "
                                + "referral due by the end of the next working day.", HARM_THRESHOLD));
    }
}

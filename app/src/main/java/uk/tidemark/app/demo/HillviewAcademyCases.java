package uk.tidemark.app.demo;

import uk.tidemark.kernel.complaint.ComplaintChannel;
import uk.tidemark.kernel.incident.Category;
import uk.tidemark.kernel.incident.Platform;
import uk.tidemark.kernel.incident.WarningChannel;

import java.util.List;

import static uk.tidemark.app.demo.DemoCase.demoCase;
import static uk.tidemark.kernel.incident.Agency.*;
import static uk.tidemark.kernel.incident.Category.*;
import static uk.tidemark.kernel.incident.ContentAction.*;
import static uk.tidemark.kernel.incident.Outcome.*;
import static uk.tidemark.kernel.incident.PersonRole.*;
import static uk.tidemark.kernel.incident.Platform.*;
import static uk.tidemark.kernel.incident.PoliceReason.*;
import static uk.tidemark.kernel.incident.Severity.*;
import static uk.tidemark.kernel.incident.WarningChannel.*;
import static uk.tidemark.kernel.incident.WarningKind.*;

/** Hillview Academy (secondary): pupils, parents and the public online. Every name is invented. */
final class HillviewAcademyCases {

    private static final String HILLVIEW = DemoOrganisation.HILLVIEW_ACADEMY.id();
    /** Category.OTHER (a bare OTHER would also match Platform.OTHER). */
    private static final Category OTHER_CONCERN = Category.OTHER;
    private static final String POLICE = "Thames Valley Police";

    private HillviewAcademyCases() {
    }

    static List<DemoCase> all() {
        return List.of(
                demoCase(HILLVIEW).reportedBy("dsl-b").daysAgo(187).category(CYBERBULLYING).on(SNAPCHAT)
                        .summary("Edited photos of a Year 9 pupil with insulting captions shared in a Snapchat group "
                                + "of about 60 pupils.")
                        .subject("Pupil 9A (Year 9)", PUPIL).target("Pupil 9B (Year 9)", PUPIL)
                        .witness("Pupil 9C (Year 9)", PUPIL)
                        .triage(HIGH, "Wide audience, distress, pupil missing lessons.")
                        .evidence("Screenshots from two witnesses", null)
                        .contentAction(REPORTED_TO_PLATFORM, "Snapchat report SC-552019", "Reported as bullying.")
                        .onDay(1).warn("Pupil 9A (Year 9)", WRITTEN, LETTER, "Letter to pupil and parents: delete the images and stop.")
                        .complied("Images deleted in front of the head of year; apology written.")
                        .close(WARNING_COMPLIED, "Images gone; support plan for Pupil 9B in place."),

                demoCase(HILLVIEW).reportedBy("dsl-b").daysAgo(124).immediateRisk().category(OFFENSIVE_CONTENT).on(SNAPCHAT)
                        .summary("A nude image of a Year 10 pupil, taken by herself, is being shared among pupils on "
                                + "Snapchat after she sent it to another pupil.")
                        .target("Pupil 10D (Year 10)", PUPIL).subject("Pupil 10E (Year 10)", PUPIL)
                        .triage(CRITICAL, "Sharing nudes guidance: image of a child shared without consent.")
                        .note("Image not viewed by staff. Devices not searched; parents of both pupils informed.")
                        .refer(CHILDRENS_SOCIAL_CARE, "Referral under the sharing nudes guidance.", "MASH-30481")
                        .police(INDECENT_IMAGES, POLICE, "43-102256", "PC 1874 Joel Garside")
                        .contentAction(REMOVAL_REQUESTED, "Report Remove 88412", "Pupil 10D helped to use Report Remove.")
                        .onDay(16).policeUpdate("Outcome 21", "Recorded; further action not in the public interest.", "43-102256")
                        .close(POLICE_ACTION, "Police recorded the offence (Outcome 21); both pupils supported in school."),

                demoCase(HILLVIEW).reportedBy("dsl-b").daysAgo(212).category(OFFENSIVE_CONTENT).on(YOUTUBE)
                        .summary("Racist comments under the academy's open-evening video on YouTube, naming a "
                                + "Year 8 pupil who appears in it.")
                        .link("https://www.youtube.com/watch?v=hv-open-evening")
                        .subject("Unknown YouTube accounts (3)", UNKNOWN).target("Pupil 8F (Year 8)", PUPIL)
                        .triage(HIGH, "Racist abuse naming a child on the academy's own channel.")
                        .evidence("Screenshots of the comments with account names", "https://www.youtube.com/watch?v=hv-open-evening")
                        .contentAction(POST_HIDDEN, null, "Comments held for review.")
                        .contentAction(ACCESS_RESTRICTED, null, "Comments turned off on all academy videos.")
                        .refer(REPORT_HARMFUL_CONTENT, "Help to get the accounts removed.", "RHC-11872")
                        .police(HATE_CRIME, POLICE, "43-088190", null)
                        .onDay(12).policeUpdate("Filed", "Recorded as a hate crime; no lines of enquiry.", "43-088190")
                        .close(CONTENT_REMOVED, "Comments removed and accounts suspended; family supported."),

                demoCase(HILLVIEW).reportedBy("dsl-b").daysAgo(82).category(CONFIDENTIALITY_BREACH).on(SNAPCHAT)
                        .summary("A photo of a teacher's screen showing a spreadsheet of Year 11 predicted grades and "
                                + "SEN flags was posted in a Year 11 Snapchat group.")
                        .subject("Pupil 11G (Year 11)", PUPIL).witness("Mr Ian Pellow (maths teacher)", STAFF)
                        .triage(HIGH, "Personal data of 31 pupils, including SEN status.")
                        .contentAction(REMOVAL_REQUESTED, null, "Asked members of the group to delete it.")
                        .note("DPO informed; breach logged; screens now lock when teachers step away.")
                        .onDay(4).note("DPO: not reportable to the ICO; affected families told.")
                        .close(NO_FURTHER_ACTION, "Breach logged and contained; sanction under behaviour policy."),

                demoCase(HILLVIEW).reportedBy("dsl-b").daysAgo(39).category(DEFAMATION).on(TIKTOK)
                        .summary("Year 10 pupils filmed a supply teacher in class without consent and posted it on "
                                + "TikTok with mocking captions.")
                        .subject("Pupil 10H (Year 10)", PUPIL).target("Ms Carla Duffin (supply teacher)", STAFF)
                        .triage(MEDIUM, "Filmed without consent; humiliating for the teacher.")
                        .onDay(1).warn("Pupil 10H (Year 10)", REMOVAL_REQUEST, MEETING, "Asked to delete the video.")
                        .complied("Deleted during the meeting.")
                        .contentAction(POST_DELETED, null, "Confirmed no longer on TikTok.")
                        .close(CONTENT_REMOVED, "Video removed; teacher supported by the agency and the school."),

                demoCase(HILLVIEW).reportedBy("dsl-b").daysAgo(160).category(CYBERBULLYING).on(INSTAGRAM)
                        .summary("An anonymous 'Hillview confessions' Instagram account posts rumours about named "
                                + "pupils' relationships and bodies.")
                        .subject("Account 'hillview.confessions'", UNKNOWN).target("Pupil 9J (Year 9)", PUPIL)
                        .triage(HIGH, "Several pupils named; sexualised rumours.")
                        .contentAction(REPORTED_TO_PLATFORM, "Instagram report IG-332190", "First report: no action.")
                        .refer(POSH, "Help escalating with Instagram.", "POSH case 20931")
                        .onDay(8).contentAction(REMOVAL_REQUESTED, "Instagram report IG-332190", "Escalated through POSH.")
                        .onDay(11).note("Instagram removed the account.")
                        .close(CONTENT_REMOVED, "Account removed after POSH escalation."),

                demoCase(HILLVIEW).reportedBy("dsl-b").hoursAgo(3).immediateRisk().category(OFFENSIVE_CONTENT).on(INSTAGRAM)
                        .summary("A Year 8 pupil received messages from a pupil at another school saying he will be "
                                + "'jumped' at the bus stop after school today.")
                        .target("Pupil 8K (Year 8)", PUPIL).subject("Pupil at another school (name known)", PUPIL),

                demoCase(HILLVIEW).reportedBy("dsl-b").daysAgo(1).category(IMAGE_CONSENT_BREACH).on(FACEBOOK)
                        .summary("A post in a community Facebook group complains about pupils at the bus stop, with "
                                + "a photo in which three pupils are recognisable in uniform.")
                        .subject("Member of the public (group poster)", MEMBER_OF_PUBLIC)
                        .target("Three Year 9 pupils", PUPIL),

                demoCase(HILLVIEW).reportedBy("dsl-b").daysAgo(4).category(DEFAMATION).on(FACEBOOK)
                        .summary("In the 'Hillview Parents Forum' a parent claims the head of science 'marks down' "
                                + "pupils she dislikes.")
                        .subject("Parent L (name withheld)", PARENT_CARER)
                        .target("Dr Ruth Okonedo (head of science)", STAFF)
                        .triage(MEDIUM, "Named member of staff, closed group of about 400.")
                        .onDay(1).warn("Parent L (name withheld)", REMOVAL_REQUEST, WarningChannel.EMAIL, "Asked to remove the post and use the complaints procedure."),

                demoCase(HILLVIEW).reportedBy("dsl-b").daysAgo(20).category(OFFENSIVE_CONTENT).on(X)
                        .summary("A former pupil's X account posts offensive memes about named staff using photos "
                                + "from the academy website.")
                        .subject("Former pupil (left last year)", MEMBER_OF_PUBLIC)
                        .target("Staff shown in the memes (4)", STAFF)
                        .triage(MEDIUM, "Offensive, not threatening; staff upset.")
                        .onDay(2).warn("Former pupil (left last year)", REMOVAL_REQUEST, PLATFORM_MESSAGE, "Asked to remove the posts.")
                        .refer(PLATFORM, "Report to X with the staff's consent.", "X report 0101-4477"),

                demoCase(HILLVIEW).reportedBy("dsl-b").daysAgo(233).category(CYBERBULLYING).on(INSTAGRAM)
                        .summary("A Year 10 pupil was sent repeated abusive Instagram messages by a pupil in her form.")
                        .subject("Pupil 10M (Year 10)", PUPIL).target("Pupil 10N (Year 10)", PUPIL)
                        .triage(MEDIUM, "Repeated messages, both in the same form.")
                        .onDay(1).warn("Pupil 10M (Year 10)", FINAL, MEETING, "Final warning under the behaviour policy.")
                        .complied("Messages stopped; pupil moved form.")
                        .close(WARNING_COMPLIED, "Messages stopped after the final warning.")
                        .onDay(95).reopen("New messages from fake accounts, including a threat to share photos.")
                        .triage(HIGH, "Escalating harassment after a final warning.")
                        .police(HARASSMENT, POLICE, "43-109982", "PC 0952 Ravi Shorrock")
                        .onDay(120).policeUpdate("Community resolution", "Pupil 10M agreed a community resolution.", "43-109982")
                        .close(POLICE_ACTION, "Community resolution by the police; no contact since."),

                // a complaint aired online, redirected to the complaints procedure (received after seeding)
                demoCase(HILLVIEW).reportedBy("dsl-b").daysAgo(2).category(COMPLAINT_ON_SOCIAL_MEDIA).on(FACEBOOK)
                        .summary("In the 'Hillview Parents Forum' a parent says the academy 'never answers' about her "
                                + "son's lunchtime detentions and urges parents to 'flood the inbox'. No staff named.")
                        .subject("Mrs Tanya Brook (parent)", PARENT_CARER)
                        .triage(LOW, "A complaint about the behaviour policy aired online; nobody named.")
                        .onDay(1).note("Phoned Mrs Brook: she will take the post down and use the complaints "
                                + "procedure instead.")
                        .contentAction(POST_DELETED, null, "Removed by Mrs Brook after the call.")
                        .onDay(2).redirectToComplaint(ComplaintChannel.SOCIAL_MEDIA, "Mrs Tanya Brook (parent)",
                                "Says her emails about her son's Year 8 lunchtime detentions went unanswered and that "
                                        + "the detentions were unfair.")
                        .close(RESOLVED_INFORMALLY, "Post removed; the concern goes on under the complaints procedure."),

                demoCase(HILLVIEW).reportedBy("dsl-b").daysAgo(103).category(OTHER_CONCERN).on(X)
                        .summary("Reported that a sixth-former posted the answers to a mock paper on X before the exam.")
                        .subject("Student 12P (Year 12)", PUPIL)
                        .triage(LOW, "Exam integrity, no safeguarding concern.")
                        .onDay(2).note("The posted 'answers' were last year's paper; the account is not the student's.")
                        .close(UNFOUNDED, "Not the student's account and not this year's paper."),

                demoCase(HILLVIEW).reportedBy("dsl-b").daysAgo(66).category(OTHER_CONCERN).on(OTHER_GAME)
                        .summary("A Year 7 pupil was asked by an online 'friend' in Fortnite for gift-card codes in "
                                + "exchange for skins; he gave his parent's card details.")
                        .target("Pupil 7Q (Year 7)", PUPIL).subject("Unknown Fortnite player", UNKNOWN)
                        .triage(MEDIUM, "Financial exploitation of a child; no sexual content.")
                        .contentAction(USER_BLOCKED, null, "Parent blocked the player and reported it in the game.")
                        .note("Parent advised to contact the bank and report to Action Fraud.")
                        .close(RESOLVED_INFORMALLY, "Family supported; online safety lesson for Year 7."),

                demoCase(HILLVIEW).reportedBy("dsl-b").daysAgo(145).category(DEFAMATION).on(WEBSITE_COMMENT)
                        .summary("Comments under a local news article about the academy's Ofsted report accuse a named "
                                + "teacher of 'fiddling' results.")
                        .subject("Anonymous commenter", UNKNOWN).target("Mr Alan Brightwell (assistant head)", STAFF)
                        .triage(LOW, "Small audience; the article is old.")
                        .contentAction(REMOVAL_REQUESTED, "Editor email 14/2", "Asked the editor to remove the comments.")
                        .onDay(3).contentAction(POST_DELETED, null, "The newspaper removed them.")
                        .close(CONTENT_REMOVED, "Comments removed by the publisher."),

                demoCase(HILLVIEW).reportedBy("dsl-b").daysAgo(28).category(OFFENSIVE_CONTENT).on(Platform.EMAIL)
                        .summary("A parent has sent abusive emails to nine staff in two weeks, calling them 'vermin' "
                                + "and saying they 'will pay'.")
                        .subject("Mr Graham Lusted (parent)", PARENT_CARER).target("Hillview staff (9)", STAFF)
                        .triage(HIGH, "Sustained harassment with a veiled threat.")
                        .onDay(1).warn("Mr Graham Lusted (parent)", FINAL, LETTER, "Communication plan: one named contact; abusive emails will go to the police.")
                        .refused("Sent four more abusive emails the next day.")
                        .police(HARASSMENT, POLICE, "43-121540", "PC 3310 Nadia Frost")
                        .onDay(10).policeUpdate("Warning given", "Officer spoke to the parent.", "43-121540"));
    }
}

package uk.tidemark.command.report;

/**
 * The rules a publication of a quarter's report is held to (issue 17, decision 0014), each with the sentence it is
 * refused with. The API checks the request's fields first and answers 400 naming them; these refusals (409) are for
 * what only the stream knows, and for a request that got past those checks anyway.
 */
enum ReportPublicationRule {
    ACTOR_REQUIRED("This cannot be recorded without knowing who is making the change; sign in and try again."),
    QUARTER_ENDED("The report of {quarter} can be published once the quarter has ended, from {day}."),
    NARRATIVE("The narrative {problem}"),
    SETTINGS_NAMED("A report is published under its trust's name for one or more settings, each with its id and "
            + "name."),
    THE_REPORT_ASKED_FOR("The figures do not match the quarter and settings being published: ask for the report again "
            + "and publish that."),
    SEALED("A publication carries the SHA-256 of what it froze, as 64 lower-case hexadecimal digits."),
    ONCE("This publication was recorded already; publish again to record a new version.");

    private final String sentence;

    ReportPublicationRule(String sentence) {
        this.sentence = sentence;
    }

    String sentence() {
        return sentence;
    }

    /** The sentence with each {@code {name}} replaced: names and values in pairs. */
    ReportPublicationRefused refusal(String... namesAndValues) {
        String words = sentence;
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            words = words.replace("{" + namesAndValues[i] + "}", namesAndValues[i + 1]);
        }
        return new ReportPublicationRefused(words);
    }
}

package uk.tidemark.app.demo;

import java.time.Instant;
import java.util.List;

/**
 * Something the demo seeds, written as it happened: an incident ({@link DemoCase}), an HR disciplinary case
 * ({@link DemoHrCase}) or a complaint ({@link DemoComplaint}). Nothing is sent here; {@link #plan} turns the story
 * into commands with fresh ids and dates relative to the seeding time, so that the demo always looks recent.
 */
interface DemoStory {

    /** A command ready to send, with the username it is sent as, a content-free label and when it happens. */
    record Step(String actor, Object command, String what, Instant at) {
    }

    /** What kind of story this is, for error messages: "case", "HR case", "complaint". */
    String kind();

    /** The setting, and anything else content-free that tells the story apart in an error message. */
    String label();

    /**
     * The commands of this story, in order, each stamped no later than a few minutes before {@code now}.
     * {@code directory} gives a person the same id in every story of the setting that names them.
     */
    List<Step> plan(Instant now, DemoPeople directory);
}

package uk.tidemark.command.consent;

/**
 * How many working days an image-consent-breach case has to take down an image of a pupil on the image consent
 * register (seed 000 "prompt removal of unauthorized photos"): by the end of that working day after the pupil is
 * noted on the case. One by default: the end of the next working day.
 */
public record ImageRemovalTimescale(int workingDays) {

    public ImageRemovalTimescale {
        if (workingDays < 1) {
            throw new IllegalArgumentException("the image removal timescale is at least one working day");
        }
    }

    public static ImageRemovalTimescale defaults() {
        return new ImageRemovalTimescale(1);
    }
}

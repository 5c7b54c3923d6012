package uk.tidemark.app.web.register.consent;

import uk.tidemark.kernel.consent.ImageAllowance;

import java.util.List;
import java.util.Map;

/**
 * The image consent column of a school list exported from the MIS (issue 18): its heading (any of {@link #HEADINGS},
 * case, spaces and punctuation aside) and the words an MIS writes in it, read as what may be posted. A blank cell
 * says nothing.
 */
public final class ImageConsentColumn {

    /** The headings of the column, as keys (lower case letters and digits only). */
    public static final List<String> HEADINGS = List.of("imageconsent", "photoconsent", "photopermission",
            "photographconsent", "imagepermission", "mediaconsent");

    private static final Map<String, ImageAllowance> WORDS = Map.ofEntries(
            Map.entry("all", ImageAllowance.ALL), Map.entry("yes", ImageAllowance.ALL),
            Map.entry("y", ImageAllowance.ALL), Map.entry("allowed", ImageAllowance.ALL),
            Map.entry("noname", ImageAllowance.NO_NAME), Map.entry("withoutname", ImageAllowance.NO_NAME),
            Map.entry("imageswithoutname", ImageAllowance.NO_NAME), Map.entry("anonymous", ImageAllowance.NO_NAME),
            Map.entry("firstnameonly", ImageAllowance.FIRST_NAME_ONLY),
            Map.entry("firstname", ImageAllowance.FIRST_NAME_ONLY),
            Map.entry("none", ImageAllowance.NONE), Map.entry("no", ImageAllowance.NONE),
            Map.entry("n", ImageAllowance.NONE), Map.entry("noimages", ImageAllowance.NONE),
            Map.entry("notallowed", ImageAllowance.NONE), Map.entry("withdrawn", ImageAllowance.NONE));

    /** What a cell's words mean, as a key (lower case letters and digits only); null when they mean nothing known. */
    public static ImageAllowance of(String key) {
        return key == null ? null : WORDS.get(key);
    }

    /** The refusal of a cell whose words mean nothing known. */
    public static String unknown(String words) {
        return "the image consent \"" + words + "\" is not one of: all, no name, first name only, none.";
    }

    private ImageConsentColumn() {
    }
}

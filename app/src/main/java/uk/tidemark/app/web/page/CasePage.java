package uk.tidemark.app.web.page;

import org.springframework.ui.Model;
import uk.tidemark.app.account.TidemarkUser;

import java.util.List;
import java.util.Map;

/**
 * A case type's page, as {@link CaseActionForms} needs it to serve the page's forms: the API controllers whose
 * {@link PageForm} methods are its actions, how to show the page again with a refused form, and how to tell that the
 * read model has caught up with a change.
 */
public interface CasePage {

    /** The API controllers whose {@link PageForm} methods are the page's actions: they are called on them. */
    List<?> apis();

    /** Its actions, read from {@link #apis()} ({@link CaseActions#of}). */
    CaseActions actions();

    /**
     * Whether a form must carry the version the page showed ({@link VersionedAction}): true for every case page but
     * the incident's, whose forms send the field to the API as it came (none meaning "whatever the version").
     */
    default boolean versionRequired() {
        return true;
    }

    /** The read model's version of the case, -1 while it does not have it: only to wait for it, never shown. */
    long readVersion(String id);

    /** The page again with the refused form open and its problems: a view, or a redirect. */
    String again(String id, TidemarkUser user, Model model, Form failed);

    /**
     * The form read into the action's request record, with its problems: by default the fields bound as they are; a
     * page whose form is not laid out as the record (a date and a time for an instant, a list typed one per line)
     * reads that one itself.
     */
    default PageForms.Bound<?> bind(PageForms forms, String form, Map<String, String> fields, Class<?> type) {
        return forms.bind(fields, type);
    }

    /**
     * The question to ask before sending {@code action} (closing a case, decision 0047): a view that asks it, or null
     * to send the action now. {@code fields} are the submitted fields less the version; an implementation takes its
     * answer ({@link CaseConfirmation#confirmed}) out of them. By default nothing is asked.
     */
    default String confirmation(String action, String id, Map<String, String> fields, String version,
                                TidemarkUser user, Model model) {
        return null;
    }
}

package uk.tidemark.kernel.declaration;

import uk.tidemark.kernel.incident.Platform;

import java.time.LocalDate;

/**
 * A contact on a personal account: who ({@code from}, and their name), what ({@code kind}), where ({@code platform}),
 * when ({@code on}), and what the member of staff did about it ({@code response}: declined, blocked...).
 */
public record Contact(ContactFrom from, String name, ContactKind kind, Platform platform, LocalDate on,
                      String response) {
}

package uk.tidemark.app.security.totp;

import uk.tidemark.app.account.TidemarkUser;

/** A reason not to ask an account for a second factor although its roles would (see the demo's). */
public interface SecondFactorExemption {

    boolean exempt(TidemarkUser user);
}

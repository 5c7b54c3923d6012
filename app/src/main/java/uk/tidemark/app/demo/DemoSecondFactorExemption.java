package uk.tidemark.app.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.web.server.autoconfigure.ServerProperties;
import org.springframework.stereotype.Component;
import uk.tidemark.app.account.TidemarkUser;
import uk.tidemark.app.security.totp.SecondFactorExemption;

import java.net.InetAddress;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Demo users sign in without a TOTP code, but only while the server listens on a loopback address
 * ({@code server.address} 127.0.0.1, ::1 or localhost): a demo on someone's own machine, which nobody else
 * can reach. Bound to any other address, or to all of them (the default), the demo users need a second factor
 * like everyone else, since the demo password is shared.
 */
@Component
@ConditionalOnProperty(name = "tidemark.demo.enabled", havingValue = "true")
class DemoSecondFactorExemption implements SecondFactorExemption {

    private static final Logger log = LoggerFactory.getLogger(DemoSecondFactorExemption.class);

    private final boolean loopbackOnly;
    private final Set<String> demoUsers = DemoOrganisation.USERS.stream()
            .map(DemoOrganisation.DemoUser::username).collect(Collectors.toUnmodifiableSet());

    DemoSecondFactorExemption(ObjectProvider<ServerProperties> server) {
        this.loopbackOnly = loopback(server.getIfAvailable() == null ? null : server.getIfAvailable().getAddress());
        log.info(loopbackOnly ? "Demo mode on a loopback address: demo users sign in without a second factor"
                : "Demo mode on a network address: demo users need two-factor sign-in (bind server.address to "
                + "127.0.0.1 for a local demo without it)");
    }

    /** Whether the server listens on this address alone is reachable from this machine only (null = every address). */
    static boolean loopback(InetAddress address) {
        return address != null && address.isLoopbackAddress();
    }

    @Override
    public boolean exempt(TidemarkUser user) {
        return loopbackOnly && demoUsers.contains(user.getUsername());
    }
}

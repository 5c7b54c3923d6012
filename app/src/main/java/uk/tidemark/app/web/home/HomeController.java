package uk.tidemark.app.web.home;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import uk.tidemark.app.security.AccessScope;
import uk.tidemark.app.security.Setting;
import uk.tidemark.app.security.TidemarkUser;

import java.util.stream.Collectors;

import static org.springframework.web.util.HtmlUtils.htmlEscape;

/**
 * The page a browser lands on after signing in. Until the case pages arrive (issue 5) it says who is signed in,
 * where, and where the API and its description are, and offers a sign-out button; it shows no case data.
 */
@RestController
class HomeController {

    private final AccessScope scope;

    HomeController(AccessScope scope) {
        this.scope = scope;
    }

    @GetMapping(path = "/", produces = MediaType.TEXT_HTML_VALUE)
    String home(@AuthenticationPrincipal TidemarkUser user, HttpServletRequest request) {
        CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        String settings = scope.settingsOf(user).stream().map(Setting::name).map(n -> htmlEscape(n))
                .collect(Collectors.joining(", "));
        String roles = user.roles().stream().map(Enum::name).sorted().collect(Collectors.joining(", "));
        return """
                <!DOCTYPE html>
                <html lang="en">
                <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
                <title>Tidemark</title></head>
                <body>
                <main>
                <h1>Tidemark</h1>
                <p>Signed in as <strong>%s</strong> (%s)%s.</p>
                <p>The case pages are on their way. Until then Tidemark is used through its API:
                <a href="/api/me">/api/me</a>, <a href="/api/incidents">/api/incidents</a>, described at
                <a href="/v3/api-docs">/v3/api-docs</a>.</p>
                <form method="post" action="/logout">
                <input type="hidden" name="%s" value="%s">
                <button type="submit">Sign out</button>
                </form>
                </main>
                </body>
                </html>
                """.formatted(htmlEscape(user.displayName()), htmlEscape(roles),
                settings.isEmpty() ? "" : ", " + settings,
                htmlEscape(csrf.getParameterName()), htmlEscape(csrf.getToken()));
    }
}

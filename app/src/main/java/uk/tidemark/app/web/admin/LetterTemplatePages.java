package uk.tidemark.app.web.admin;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.tidemark.app.account.AdminAccounts;
import uk.tidemark.app.account.TidemarkUser;
import uk.tidemark.app.refusal.FieldProblem;
import uk.tidemark.app.refusal.NotFoundException;
import uk.tidemark.app.time.LondonTimes;
import uk.tidemark.app.web.letter.LetterTemplates;
import uk.tidemark.app.web.letter.Letters;
import uk.tidemark.app.web.page.Choice;
import uk.tidemark.app.web.page.Form;
import uk.tidemark.app.web.page.WebPage;
import uk.tidemark.kernel.letter.LetterKind;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The letters' templates (decision 0049): the letterhead and each letter HR and complaints officers send, as the
 * trust's administrator has written them, or the defaults shipped. An administrator of several trusts picks one.
 * Each change is in the audit trail.
 */
@WebPage
class LetterTemplatePages {

    static final Map<String, String> LABELS = Map.of("body", "Text of the letter", "trustId", "Trust");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([A-Za-z]+)\\s*}}");

    /** One row of the list: the template's name, its kind, and whether the trust changed it. */
    record Row(String kind, String title, String state) {
    }

    private final LetterTemplates templates;
    private final AdminScope scope;
    private final AdminAudit audit;

    private final TransactionTemplate transaction;

    LetterTemplatePages(LetterTemplates templates, AdminScope scope, AdminAudit audit,
                        PlatformTransactionManager transactions) {
        this.transaction = new TransactionTemplate(transactions);
        this.templates = templates;
        this.scope = scope;
        this.audit = audit;
    }

    @GetMapping("/admin/letters")
    String list(@RequestParam(required = false) String trust, @AuthenticationPrincipal TidemarkUser user,
                Model model) {
        AdminAccounts.Trust chosen = trust(user, trust);
        model.addAttribute("trust", chosen);
        model.addAttribute("trusts", scope.trustsOf(user).stream().map(t -> new Choice(t.id(), t.name())).toList());
        model.addAttribute("rows", chosen == null ? List.of() : LetterTemplates.kinds().stream().map(kind -> {
            LetterTemplates.Template t = templates.of(chosen.id(), kind);
            return new Row(kind, LetterTemplates.title(kind), t.edited() ? "Changed on " + LondonTimes.day(
                    t.updatedAt().atZone(ZoneId.of("Europe/London")).toLocalDate()) : "As shipped");
        }).toList());
        return "admin/letters";
    }

    @GetMapping("/admin/letters/{template}")
    String edit(@PathVariable String template, @RequestParam(required = false) String trust,
                @AuthenticationPrincipal TidemarkUser user, Model model) {
        AdminAccounts.Trust chosen = requireTrust(user, trust);
        String kind = kind(template);
        return editPage(chosen, kind, Form.blank(kind, Map.of("body", templates.of(chosen.id(), kind).body())),
                model);
    }

    @PostMapping("/admin/letters/{template}")
    String save(@PathVariable String template, @RequestParam Map<String, String> submitted,
                @AuthenticationPrincipal TidemarkUser user, Model model, RedirectAttributes redirect,
                HttpServletResponse response) {
        AdminAccounts.Trust chosen = requireTrust(user, submitted.get("trustId"));
        String kind = kind(template);
        String title = LetterTemplates.title(kind);
        if ("default".equals(submitted.get("action"))) {
            transaction.executeWithoutResult(status -> { // the change and its audit entry, together or neither
                templates.save(chosen.id(), kind, null, user.getUsername());
                audit.record(user, "LETTER_TEMPLATE_RESET", Map.of("trustId", chosen.id(), "template", kind));
            });
            redirect.addFlashAttribute("success", title + ": the text as shipped is used again.");
            return "redirect:/admin/letters?trust=" + chosen.id();
        }
        String body = submitted.get("body") == null ? "" : submitted.get("body").replace("\r\n", "\n").strip();
        List<FieldProblem> problems = problems(kind, body);
        if (!problems.isEmpty()) {
            response.setStatus(400);
            Map<String, String> values = new LinkedHashMap<>();
            values.put("body", body);
            return editPage(chosen, kind, new Form(kind, values, problems, null), model);
        }
        transaction.executeWithoutResult(status -> {
            templates.save(chosen.id(), kind, body, user.getUsername());
            audit.record(user, "LETTER_TEMPLATE_CHANGED", Map.of("trustId", chosen.id(), "template", kind));
        });
        redirect.addFlashAttribute("success", title + ": the new text is saved. Letters made from now on use it.");
        return "redirect:/admin/letters?trust=" + chosen.id();
    }

    /** Empty, too long, or naming a fact no case has: each said beside the text. */
    static List<FieldProblem> problems(String kind, String body) {
        List<FieldProblem> problems = new ArrayList<>();
        if (body.isBlank()) {
            problems.add(new FieldProblem("body", "is required."));
        } else if (body.length() > LetterTemplates.MAX) {
            problems.add(new FieldProblem("body", "must be at most 10,000 characters."));
        }
        Set<String> known = facts(kind);
        Set<String> unknown = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(body);
        while (m.find()) {
            if (!known.contains(m.group(1))) {
                unknown.add("{{" + m.group(1) + "}}");
            }
        }
        if (!unknown.isEmpty()) {
            problems.add(new FieldProblem("body", "uses " + String.join(", ", unknown)
                    + ", which is not a fact this letter can fill in; use one of those listed."));
        }
        return problems;
    }

    private String editPage(AdminAccounts.Trust trust, String kind, Form form, Model model) {
        model.addAttribute("trust", trust);
        model.addAttribute("kind", kind);
        model.addAttribute("title", LetterTemplates.title(kind));
        model.addAttribute("form", form);
        model.addAttribute("failed", form.hasErrors() ? form : null);
        model.addAttribute("labels", LABELS);
        model.addAttribute("facts", facts(kind).stream().map(f -> "{{" + f + "}}").toList());
        return "admin/letter";
    }

    /** The facts a template of {@code kind} may use: the letterhead's are those every letter has. */
    private static Set<String> facts(String kind) {
        if (LetterTemplates.LETTERHEAD.equals(kind)) {
            return new TreeSet<>(List.of("organisation", "date", "sender"));
        }
        return new TreeSet<>(Letters.FACTS.get(LetterKind.valueOf(kind).caseType().name()));
    }

    private static String kind(String template) {
        String kind = template.toUpperCase(java.util.Locale.ROOT).replace('-', '_');
        if (!LetterTemplates.kinds().contains(kind)) {
            throw new NotFoundException("There is no such letter.");
        }
        return kind;
    }

    /** The trust asked for, if the administrator manages it; else their first; null when they manage none. */
    private AdminAccounts.Trust trust(TidemarkUser user, String trustId) {
        List<AdminAccounts.Trust> trusts = scope.trustsOf(user);
        return trusts.stream().filter(t -> t.id().equals(trustId)).findFirst()
                .orElse(trusts.isEmpty() ? null : trusts.get(0));
    }

    private AdminAccounts.Trust requireTrust(TidemarkUser user, String trustId) {
        AdminAccounts.Trust chosen = trust(user, trustId);
        if (chosen == null) {
            throw new NotFoundException("There is no trust to keep letters for yet: add a setting first.");
        }
        return chosen;
    }
}

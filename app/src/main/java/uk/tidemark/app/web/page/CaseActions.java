package uk.tidemark.app.web.page;

import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.util.ClassUtils;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import uk.tidemark.app.account.TidemarkUser;

import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A case type's actions as its page offers them, read from the {@link PageForm} methods of its API controller: each
 * one's form, API method and page path, in the order of the case's transition table. The API method is the one
 * description of an action; this table is read from it, so a page cannot offer an action the API does not have,
 * nor under other words than those the annotation gives.
 */
public final class CaseActions {

    private static final Pattern VARIABLE = Pattern.compile("\\{([A-Za-z][A-Za-z0-9]*)}");

    /** One action: its form, the API method that does it and the page's path for it. */
    public record Action(PageForm form, Method method, String pagePattern) {

        public String name() {
            return form.value();
        }

        /** The form's name for one submission: {@code response-{warningId}} with the warning's id. */
        public String nameFor(Map<String, String> variables) {
            Matcher variable = VARIABLE.matcher(form.value());
            StringBuilder name = new StringBuilder();
            while (variable.find()) {
                variable.appendReplacement(name, Matcher.quoteReplacement(variables.get(variable.group(1))));
            }
            return variable.appendTail(name).toString();
        }

        /** The request record its API method reads, or null if it takes none (or takes one only if sent). */
        public Class<?> body() {
            for (Parameter parameter : method.getParameters()) {
                RequestBody body = parameter.getAnnotation(RequestBody.class);
                if (body != null) {
                    return body.required() ? parameter.getType() : null;
                }
            }
            return null;
        }

        /** The words of its fields, by field. */
        public Map<String, String> labels() {
            Map<String, String> labels = new LinkedHashMap<>();
            for (String label : form.labels()) {
                int equals = label.indexOf('=');
                if (equals < 1) {
                    throw new IllegalStateException(name() + ": a label is field=Words, not " + label);
                }
                labels.put(label.substring(0, equals), label.substring(equals + 1));
            }
            return labels;
        }
    }

    private final List<Action> actions;
    private final String pagePath;

    private CaseActions(List<Action> actions, String pagePath) {
        this.actions = List.copyOf(actions);
        this.pagePath = pagePath;
    }

    /**
     * The actions of {@code api}, the API controller (or its proxy's class) of the case at {@code apiPath}, each with
     * its path under {@code pagePath}, in the order of {@code table}: the commands of the case's transition table, in
     * its rows' order. An action whose command has no row, or whose method takes what a form cannot give, fails the
     * start: it is a programming error, not something to find in front of a user.
     */
    public static CaseActions of(Class<?> api, String apiPath, String pagePath, List<Class<?>> table) {
        return of(List.of(api), apiPath, pagePath, table);
    }

    /** The same for a case whose actions are spread over several API controllers. */
    public static CaseActions of(List<Class<?>> apis, String apiPath, String pagePath, List<Class<?>> table) {
        List<Action> found = new ArrayList<>();
        for (Class<?> api : apis) {
            found.addAll(actionsOf(ClassUtils.getUserClass(api), apiPath, pagePath, table));
        }
        found.sort(Comparator.comparingInt(action -> table.indexOf(action.form().command())));
        return new CaseActions(found, pagePath);
    }

    private static List<Action> actionsOf(Class<?> type, String apiPath, String pagePath, List<Class<?>> table) {
        RequestMapping root = AnnotatedElementUtils.findMergedAnnotation(type, RequestMapping.class);
        String prefix = root == null || root.path().length == 0 ? "" : root.path()[0];
        List<Action> found = new ArrayList<>();
        for (Method method : type.getDeclaredMethods()) {
            PageForm form = method.getAnnotation(PageForm.class);
            if (form == null) {
                continue;
            }
            RequestMapping mapping = AnnotatedElementUtils.findMergedAnnotation(method, RequestMapping.class);
            String path = prefix + (mapping == null || mapping.path().length == 0 ? "" : mapping.path()[0]);
            if (!path.startsWith(apiPath + "/")) {
                throw new IllegalStateException(method + " is not an action under " + apiPath);
            }
            if (!table.contains(form.command())) {
                throw new IllegalStateException(method + ": " + form.command().getSimpleName()
                        + " has no row in the case's transition table");
            }
            checkParameters(method);
            found.add(new Action(form, method, pagePath + path.substring(apiPath.length())));
        }
        return found;
    }

    /** Each parameter must be one a form gives: a path variable, the body, If-Match or the signed-in user. */
    private static void checkParameters(Method method) {
        for (Parameter parameter : method.getParameters()) {
            RequestHeader header = parameter.getAnnotation(RequestHeader.class);
            boolean given = parameter.isAnnotationPresent(PathVariable.class)
                    || parameter.isAnnotationPresent(RequestBody.class)
                    || (header != null && HttpHeaders.IF_MATCH.equals(header.name().isEmpty() ? header.value()
                            : header.name()))
                    || parameter.getType() == TidemarkUser.class;
            if (!given || (parameter.isAnnotationPresent(PathVariable.class) && variable(parameter) == null)) {
                throw new IllegalStateException(method + ": a page form cannot give " + parameter);
            }
        }
    }

    /** The name of the path variable a parameter takes: the annotation's, else the parameter's own. */
    static String variable(Parameter parameter) {
        PathVariable variable = parameter.getAnnotation(PathVariable.class);
        String named = variable.name().isEmpty() ? variable.value() : variable.name();
        if (!named.isEmpty()) {
            return named;
        }
        return parameter.isNamePresent() ? parameter.getName() : null;
    }

    public List<Action> all() {
        return actions;
    }

    /** The page of a case these actions are offered on, {@code /cases/{id}}: where a done action goes back to. */
    public String pagePath() {
        return pagePath;
    }

    /** The forms' names, in the table's order. */
    public List<String> names() {
        return actions.stream().map(Action::name).toList();
    }

    public Action named(String name) {
        return actions.stream().filter(a -> a.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no action " + name));
    }

    /** Each form's fields' words, by form. */
    public Map<String, Map<String, String>> labels() {
        Map<String, Map<String, String>> labels = new LinkedHashMap<>();
        actions.forEach(action -> labels.put(action.name(), action.labels()));
        return labels;
    }

    /**
     * Every form's fields' words in one map, for a page whose forms share their words (the incident's: a "Reason"
     * is a reason on every form). Two forms giving one field different words fail the start.
     */
    public Map<String, String> sharedLabels() {
        Map<String, String> shared = new LinkedHashMap<>();
        for (Action action : actions) {
            action.labels().forEach((field, words) -> {
                String before = shared.putIfAbsent(field, words);
                if (before != null && !before.equals(words)) {
                    throw new IllegalStateException(field + " is both '" + before + "' and '" + words + "'");
                }
            });
        }
        return shared;
    }

    /** The forms whose command {@code allowed} lets through, in the table's order. */
    public Set<String> offered(Predicate<Class<?>> allowed) {
        Set<String> offered = new LinkedHashSet<>();
        actions.stream().filter(a -> allowed.test(a.form().command())).forEach(a -> offered.add(a.name()));
        return offered;
    }
}

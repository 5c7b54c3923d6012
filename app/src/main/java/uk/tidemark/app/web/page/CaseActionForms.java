package uk.tidemark.app.web.page;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.util.ClassUtils;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.tidemark.app.account.TidemarkUser;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one page handler of every case page's action forms (POST/redirect/GET). At start it maps, for each
 * {@link PageForm} action of each {@link CasePage}, the page's path beside the API's ({@code POST /cases/{id}/notes}
 * for {@code POST /api/incidents/{id}/notes}), so each form still has its own address. A submission is read into the
 * action's request record, checked as the API checks it, and sent through the API method itself, with the version
 * the page showed as its If-Match: the page and the API share one authorisation, one set of rules and one audit.
 * Done: the read model is awaited ({@link ReadCatchUp}, bounded) until it reaches the version the event store holds
 * the case at, so the next page carries the new version (not one an action's second event has passed), and the
 * case page follows with the action's banner. Refused: the case page again with that form open and its problems,
 * 400 for its fields and 409 for the case's refusal ({@link VersionedAction#status}).
 */
@WebPage
public class CaseActionForms implements SmartInitializingSingleton {

    private static final Method ACT = actMethod();

    private final List<CasePage> pages;
    private final RequestMappingHandlerMapping mapping;
    private final PageForms forms;
    private final PageActions actions;
    private final EventStore events;
    private final Map<String, Served> served = new HashMap<>();

    private record Served(CasePage page, CaseActions.Action action) {
    }

    public CaseActionForms(List<CasePage> pages,
                           @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mapping,
                           PageForms forms, PageActions actions, EventStore events) {
        this.pages = pages;
        this.mapping = mapping;
        this.forms = forms;
        this.actions = actions;
        this.events = events;
    }

    @Override
    public void afterSingletonsInstantiated() {
        for (CasePage page : pages) {
            for (CaseActions.Action action : page.actions().all()) {
                served.put(action.pagePattern(), new Served(page, action));
                mapping.registerMapping(RequestMappingInfo.paths(action.pagePattern()).methods(RequestMethod.POST)
                        .options(mapping.getBuilderConfiguration()).build(), this, ACT);
            }
        }
    }

    /** Serves every form mapped at start; which one is the pattern Spring matched. */
    public String act(HttpServletRequest request, @RequestParam Map<String, String> form,
                      @AuthenticationPrincipal TidemarkUser user, Model model, HttpServletResponse response,
                      RedirectAttributes redirect) {
        Object pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
        Served target = served.get(String.valueOf(pattern));
        @SuppressWarnings("unchecked")
        Map<String, String> variables = (Map<String, String>) request.getAttribute(
                HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        CasePage page = target.page();
        CaseActions.Action action = target.action();
        String id = variables.get("id");
        String name = action.nameFor(variables);

        Map<String, String> fields = new LinkedHashMap<>(form);
        String sentVersion = fields.remove(VersionedAction.FIELD);
        Long shown = ReadCatchUp.parseVersion(sentVersion);
        PageActions.Outcome<Object> outcome;
        if (page.versionRequired() && shown == null) {
            outcome = new PageActions.Outcome<>(null, new Form(name, fields, List.of(), VersionedAction.MISSING));
        } else {
            String asking = page.confirmation(action.name(), id, fields, sentVersion, user, model);
            if (asking != null) {
                return asking; // an action that cannot be undone is asked about first (decision 0047)
            }
            String ifMatch = page.versionRequired() ? String.valueOf(shown) : sentVersion;
            Class<?> type = action.body();
            PageForms.Bound<?> bound = type == null ? null : page.bind(forms, action.name(), fields, type);
            if (bound != null && !bound.ok()) {
                outcome = new PageActions.Outcome<>(null, new Form(name, fields, bound.errors(), null));
            } else {
                Object body = bound == null ? null : bound.value();
                Object api = apiOf(page, action.method());
                outcome = actions.run(name, fields, () -> call(api, action.method(), variables, body, ifMatch, user));
            }
        }
        if (outcome.done()) {
            // to the version the case is stored at, not just past the one shown: an action may store several events
            // (a warning and its response deadline), and a page drawn between them would carry a stale version
            long stored = events.lastSequenceNumberFor(id).orElse(-1L);
            ReadCatchUp.awaitAbove(() -> page.readVersion(id), Math.max(stored - 1, shown == null ? -1 : shown));
            redirect.addFlashAttribute("success", action.form().done());
            return "redirect:" + page.actions().pagePath().replace("{id}", id);
        }
        String view = page.again(id, user, model, outcome.form());
        if (!view.startsWith("redirect:")) {
            response.setStatus(VersionedAction.status(outcome.form()));
        }
        return view;
    }

    /** The controller (or its proxy) of the page that declares {@code method}. */
    private static Object apiOf(CasePage page, Method method) {
        return page.apis().stream().filter(api -> ClassUtils.getUserClass(api) == method.getDeclaringClass())
                .findFirst().orElseThrow(() -> new IllegalStateException("no controller for " + method));
    }

    /** The API method called as the API's own dispatcher would, with what the form gave for each parameter. */
    private static Object call(Object api, Method method, Map<String, String> variables, Object body, String ifMatch,
                               TidemarkUser user) {
        Parameter[] parameters = method.getParameters();
        Object[] arguments = new Object[parameters.length];
        for (int i = 0; i < parameters.length; i++) {
            Parameter parameter = parameters[i];
            if (parameter.isAnnotationPresent(PathVariable.class)) {
                arguments[i] = variables.get(CaseActions.variable(parameter));
            } else if (parameter.isAnnotationPresent(RequestBody.class)) {
                arguments[i] = body;
            } else if (parameter.isAnnotationPresent(RequestHeader.class)) {
                arguments[i] = ifMatch;
            } else {
                arguments[i] = user;
            }
        }
        try {
            method.setAccessible(true);
            method.invoke(api, arguments);
            return Boolean.TRUE;
        } catch (InvocationTargetException thrown) {
            if (thrown.getCause() instanceof RuntimeException refusal) {
                throw refusal;
            }
            if (thrown.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(thrown.getCause());
        } catch (IllegalAccessException unreachable) {
            throw new IllegalStateException(unreachable);
        }
    }

    private static Method actMethod() {
        try {
            return CaseActionForms.class.getMethod("act", HttpServletRequest.class, Map.class, TidemarkUser.class,
                    Model.class, HttpServletResponse.class, RedirectAttributes.class);
        } catch (NoSuchMethodException missing) {
            throw new ExceptionInInitializerError(missing);
        }
    }
}

package fr.bocage.network.contact;

import fr.bocage.platform.web.ClientAddresses;
import fr.bocage.platform.web.CsrfToken;
import fr.bocage.platform.web.FormErrors;
import fr.bocage.platform.web.FormFeedback;
import fr.bocage.platform.web.Views;
import fr.bocage.portal.form.PortalForms;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Validator;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * The contact form's pages, for the network (/contact) and for an actor (/acteurs/{id}/contact): an actor's page
 * that includes the form's fragment posts there, and a refused message comes back on the contact page with its
 * errors. Public so that the actors' page can build the fragment's record ({@link #form}).
 */
@ApplicationScoped
public class ContactPages {
    static final String CONTACT = "/contact";
    static final String SENT = "/contact/transmis";
    static final String ACTORS = "/acteurs/";

    @Inject
    ContactService service;

    @Inject
    ClientAddresses clientAddresses;

    @Inject
    Validator validator;

    @Inject
    ContactRetention retention;

    /** The empty form for a target, with a fresh timestamp: what an actor's page includes. */
    /** The form « Contacter cet acteur » of a published actor's page. */
    public ContactForm formToActor(long actorId) {
        return form(service.actor(actorId));
    }

    public ContactForm form(ContactService.Target target) {
        return new ContactForm(action(target), target.actorName(), service.token(), Map.of(), FormFeedback.NONE,
                retention.retentionDays());
    }

    static String action(ContactService.Target target) {
        return target.isActor() ? actorPage(target.actorId()) + "/contact" : CONTACT;
    }

    static String actorPage(long actorId) {
        return ACTORS + actorId;
    }

    void show(ContactService.Target target, HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        render(form(target), target, request, response);
    }

    /** Sends the posted message and redirects to the answer, or shows the form again with what is wrong. */
    void post(ContactService.Target target, HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        ContactInput input = new ContactInput(request.getParameter("name"), request.getParameter("email"),
                request.getParameter("organisation"), request.getParameter("message"),
                request.getParameter("consent") != null, request.getParameter("token"),
                request.getParameter("website"));
        Map<String, String> errors = FormErrors.of(validator, input, ContactInput.FIELDS);
        FormFeedback feedback;
        if (errors.isEmpty()) {
            try {
                service.send(target, input, clientAddresses.of(request));
                response.sendRedirect(target.isActor() ? SENT + "?acteur=" + target.actorId() : SENT);
                return;
            } catch (RuntimeException refusal) {
                feedback = PortalForms.refusal(refusal, response);
            }
        } else {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            feedback = FormFeedback.fields(errors);
        }
        // The timestamp the form was shown with goes back with it: the time already spent filling it counts.
        String token = service.token(input.token());
        render(new ContactForm(action(target), target.actorName(), token, typed(request), feedback,
                retention.retentionDays()), target, request, response);
    }

    private static void render(ContactForm form, ContactService.Target target, HttpServletRequest request,
            HttpServletResponse response) throws ServletException, IOException {
        CsrfToken.expose(request);
        Views.render("network/contact/contact", new ContactPage(form,
                target.isActor() ? actorPage(target.actorId()) : null), request, response);
    }

    private static Map<String, String> typed(HttpServletRequest request) {
        Map<String, String> typed = new HashMap<>();
        for (String field : ContactInput.FIELDS) {
            String value = request.getParameter(field);
            if (value != null && !field.equals("consent")) {
                typed.put(field, value);
            }
        }
        return typed;
    }
}

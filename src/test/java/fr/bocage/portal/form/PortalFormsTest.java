package fr.bocage.portal.form;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import fr.bocage.platform.error.Conflict;
import fr.bocage.platform.error.InvalidInput;
import fr.bocage.platform.web.FormFeedback;
import fr.bocage.platform.web.Violations;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.lang.reflect.Proxy;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A refusal as a form page shows it: each field's message under the form's names, the status the API answers. */
class PortalFormsTest {
    private final AtomicInteger status = new AtomicInteger();
    private final HttpServletResponse response = (HttpServletResponse) Proxy.newProxyInstance(
            getClass().getClassLoader(), new Class<?>[] {HttpServletResponse.class}, (proxy, method, args) -> {
                if (method.getName().equals("setStatus")) {
                    status.set((Integer) args[0]);
                }
                return null;
            });

    @Test
    void violationsOfTheDescriptionLandOnTheFormsFieldsInThePagesOrder() {
        Set<ConstraintViolation<?>> violations = Set.of(
                Violations.of("sourceUrl", "l'adresse doit commencer par http:// ou https://"),
                Violations.of("year", "l'année doit être comprise entre 1500 et 2100"),
                Violations.of("themes[0].<list element>", "la valeur ne doit pas dépasser 200 caractères"),
                Violations.of("audiences", "pas plus de 20 valeurs"));
        FormFeedback feedback = PortalForms.refusal(new ConstraintViolationException(violations), response);
        assertEquals(400, status.get());
        assertEquals(List.of("theme", "audience", "year", "sourceUrl"), List.copyOf(feedback.errors().keySet()));
        assertEquals("l'année doit être comprise entre 1500 et 2100", feedback.errors().get("year"));
        assertNull(feedback.error(), "no merged line above the form");
    }

    @Test
    void anInputErrorThatNamesItsFieldsBecomesTheirMessages() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("territory", "Choisissez le territoire.");
        fields.put("summary", "Écrivez un résumé.");
        FormFeedback feedback = PortalForms.refusal(new InvalidInput(InvalidInput.Reason.INVALID, "Incomplète",
                fields), response);
        assertEquals(400, status.get());
        assertEquals(List.of("summary", "territory"), List.copyOf(feedback.errors().keySet()));
    }

    @Test
    void aDuplicateTheCallerMaySeeLinksToItsPageAndOneTheyMayNotDoesNot() {
        FormFeedback seen = PortalForms.refusal(new Conflict("Déjà déposé", URI.create("/api/resources/42")),
                response);
        assertEquals(409, status.get());
        assertEquals("/ressources/42", seen.link());
        assertEquals("Déjà déposé", seen.error());
        assertNull(PortalForms.refusal(new Conflict("Déjà déposé"), response).link());
    }

    @Test
    void aFormAddsItsOwnFieldsAfterTheDescriptions() {
        FormFields webinar = FormFields.METADATA.then(List.of("startsAt", "speaker"),
                path -> path.replaceFirst("^speakers\\[(\\d+)]\\.name$", "speakerName$1"));
        FormFeedback feedback = PortalForms.refusal(new ConstraintViolationException(Set.of(
                Violations.of("speakers[2].name", "le nom de chaque intervenant est obligatoire"),
                Violations.of("startsAt", "la date et l'heure de début sont obligatoires"),
                Violations.of("metadata.themes", "pas plus de 20 valeurs"))), response, webinar);
        assertEquals(List.of("theme", "startsAt", "speakerName2"), List.copyOf(feedback.errors().keySet()));
    }
}

package fr.bocage.network.contact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The e-mail a contact message becomes: who wrote, the message, and what its recipient should do with it. */
class ContactMailTest {
    private static final ContactInput INPUT = new ContactInput(" Camille Martin ", "Camille@Exemple.fr", "  ",
            "Bonjour,\r\nune question sur les mares.", true, null, null);

    @Test
    void toTheNetworkItSaysWhoWroteAndHowToAnswer() {
        ContactService.Target network = new ContactService.Target(null, null);
        assertEquals("Bocage : message de Camille Martin", ContactService.subject(network, INPUT));
        String text = ContactService.text(network, INPUT, false);
        assertTrue(text.startsWith("Message de Camille Martin <camille@exemple.fr>, structure : non précisée."), text);
        assertTrue(text.contains("Bonjour,\nune question sur les mares."), text);
        assertTrue(text.contains("Répondez à ce courriel pour écrire à Camille Martin"), text);
        assertFalse(text.contains("transmettez"), text);
    }

    @Test
    void toAnActorItNamesItAndItsAddressIsNowhereInTheText() {
        ContactService.Target actor = new ContactService.Target(12L, "CPIE des Collines normandes");
        assertEquals("Bocage : message de Camille Martin pour CPIE des Collines normandes",
                ContactService.subject(actor, INPUT));
        String text = ContactService.text(actor, INPUT, true);
        assertFalse(text.contains("transmettez"), text);
        assertTrue(text.contains("« Contacter cet acteur »"), text);
    }

    @Test
    void anActorWithoutAddressHasItsMessageForwardedByTheModerators() {
        ContactService.Target actor = new ContactService.Target(12L, "CPIE des Collines normandes");
        String text = ContactService.text(actor, INPUT, false);
        assertTrue(text.startsWith("Ce message est adressé à l'acteur « CPIE des Collines normandes », qui n'a pas "
                + "d'adresse de contact dans Bocage : transmettez-le-lui"), text);
    }
}

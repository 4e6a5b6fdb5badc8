package fr.bocage.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Every message of the bundle is a MessageFormat pattern, with or without arguments. */
class MessagesTest {

    @Test
    void anApostropheIsWrittenOnceWithOrWithoutArguments() {
        assertEquals("Vous n'avez pas les droits nécessaires pour cette action.", Messages.get("error.http.403"));
        assertEquals("Le format de la requête n'est pas accepté à cette adresse.", Messages.get("error.http.415", "-"));
        assertEquals("La ressource 7 n'existe pas ou n'est pas publiée.", Messages.format("resource.not-found", 7));
        assertEquals("Not Found", Messages.get("error.http.999", "Not Found"));
    }
}

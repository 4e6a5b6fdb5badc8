package fr.bocage.it.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.bocage.it.Api;
import fr.bocage.it.Api.Answer;
import fr.bocage.it.Token;
import fr.bocage.it.WebSession;
import fr.bocage.it.imports.ImportFolders;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * The administration console (issue 18 #4) through a browser's session without the browser: who may open each page
 * and post each action, an import started from the form and followed without script (the « Actualiser » path) to its
 * refused rows and their CSV, and each action's outcome. {@link ConsoleBrowserIT} follows an import live.
 */
class ConsoleIT {
    private static final List<String> PAGES = List.of("/admin", "/admin/imports", "/admin/index", "/admin/courriels",
            "/admin/sauvegardes");
    /** Each action's page and fields; posted with the session's token by each role. */
    private static final Map<String, Map<String, String>> ACTIONS = Map.of(
            "/admin/imports", Map.of("source", "inexistant/metadata.csv"),
            "/admin/index", Map.of("action", "inconnue"),
            "/admin/courriels", Map.of("action", "inconnue"),
            "/admin/sauvegardes", Map.of("action", "inconnue"));

    @Test
    void onlyAdministratorsOpenThePagesAndPostTheActions() {
        String suffix = Token.next();
        Map<String, WebSession> sessions = new LinkedHashMap<>();
        for (String role : List.of("contributor", "moderator")) {
            String name = "console-" + role + "-" + suffix;
            Api.createAccount(name, role);
            WebSession session = new WebSession();
            session.login(name, Api.passwordOf(name)).expect(303);
            sessions.put(role, session);
        }
        WebSession anonymous = new WebSession();
        WebSession admin = admin();
        for (String page : PAGES) {
            Answer refused = anonymous.get(page).expect(302);
            assertTrue(refused.header("Location").orElseThrow().contains("/connexion?retour="), page);
            sessions.values().forEach(session -> session.get(page).expect(403));
            assertTrue(admin.get(page).expect(200).text().contains("aria-label=\"Sections de la console\""), page);
        }
        for (Map.Entry<String, Map<String, String>> action : ACTIONS.entrySet()) {
            for (WebSession session : sessions.values()) {
                session.post(action.getKey(), withToken(session, action.getValue())).expect(403);
            }
            assertTrue(anonymous.post(action.getKey(), action.getValue()).expect(302).header("Location").orElseThrow()
                    .contains("/connexion?retour="));
            // The administrator without the token is refused; with it, bad input gets a French message.
            admin.post(action.getKey(), action.getValue()).expect(403);
            String refusal = admin.post(action.getKey(), withToken(admin, action.getValue())).expect(400).text();
            assertTrue(refusal.contains("role=\"alert\""), refusal);
        }
    }

    @Test
    void anImportStartedFromTheFormIsFollowedWithoutScriptToItsRefusedRowsAndTheirCsv() throws IOException {
        String token = Token.next();
        Path folder = ImportFolders.ROOT.resolve("console-" + token);
        ImportFolders.write(folder, "haies.txt", "Haies et bocage " + token + ".\n");
        ImportFolders.write(folder, "mares.txt", "Mares temporaires " + token + ".\n");
        ImportFolders.write(folder, "lot.csv", """
                file,title,type,theme
                haies.txt,Haies,guide,biodiversity
                =SOMME(A1).txt,Formule,guide,biodiversity
                mares.txt,Mares,guide,astrologie
                """);
        WebSession admin = admin();
        String form = admin.get("/admin/imports").expect(200).text();
        assertTrue(form.contains("<optgroup label=\"console-" + token + "\">"), form);
        assertTrue(form.contains("value=\"console-" + token + "/lot.csv\""), form);

        Answer started = admin.post("/admin/imports", withToken(admin, Map.of("source", "console-" + token + "/lot.csv")))
                .expect(303);
        String job = started.header("Location").orElseThrow();
        assertTrue(job.matches("/moderation/imports/\\d+"), job);

        String page = awaitPage(admin, job, text -> text.contains("data-running=\"false\""));
        assertTrue(page.contains("<progress id=\"progress-bar\" max=\"100\" value=\"100\""), page);
        assertTrue(page.contains("aria-valuenow=\"100\""), page);
        assertTrue(page.contains("3 sur 3 (100 %)"), page);
        assertTrue(page.contains("aria-live=\"polite\""), page);
        assertFalse(page.contains(">Actualiser<"), "a finished import has nothing left to refresh");
        assertTrue(page.contains("astrologie"), page);
        assertTrue(page.contains("href=\"/admin/imports\""), "an administrator's document import leads back to the console");

        Answer csv = admin.get(job + "/lignes-refusees.csv").expect(200);
        assertEquals("text/csv; charset=UTF-8", csv.header("Content-Type").orElseThrow().replace("utf-8", "UTF-8"));
        assertTrue(csv.header("Content-Disposition").orElseThrow().startsWith("attachment; filename=\"import-"));
        String text = new String(csv.bytes(), StandardCharsets.UTF_8);
        List<String> lines = text.lines().toList();
        assertEquals("\uFEFFligne;fichier;résultat;motif", lines.get(0));
        assertEquals(3, lines.size(), text);
        assertTrue(text.contains("3;'=SOMME(A1).txt;refused;"), text);
        assertTrue(text.contains("4;mares.txt;refused;"), text);
        assertTrue(text.contains("astrologie"), text);
    }

    @Test
    void aRunningTaskShowsItsRefreshLinkAndTheActionsConfirmWhatTheyDid() {
        WebSession admin = admin();
        Answer repair = admin.post("/admin/index", withToken(admin, Map.of("action", "reparation")));
        if (repair.status() == 409) {
            // The index is busy with another test's rebuild: its page says so in French.
            assertTrue(repair.text().contains("déjà en cours"), repair.text());
        } else {
            assertEquals("/admin/index?fait=reparation", repair.expect(303).header("Location").orElseThrow());
            String page = admin.get("/admin/index?fait=reparation").expect(200).text();
            assertTrue(page.contains("La réparation de l'index est lancée."), page);
            assertTrue(page.contains("data-running=\"false\"") || page.contains(">Actualiser<"), page);
        }
        String done = awaitPage(admin, "/admin/index", text -> text.contains("data-running=\"false\""));
        assertTrue(done.contains("Vérification et réparation") || done.contains("Reconstruction complète"), done);
        assertTrue(done.contains("Terminée le"), done);

        assertEquals("/admin/courriels?fait=renvoi",
                admin.post("/admin/courriels", withToken(admin, Map.of("action", "renvoi"))).expect(303)
                        .header("Location").orElseThrow());
        assertTrue(admin.get("/admin/courriels?fait=renvoi").expect(200).text()
                .contains("Les courriels en échec sont remis dans la file d'envoi."));

        admin.post("/admin/sauvegardes", withToken(admin, Map.of("action", "sauvegarde"))).expect(303);
        String backups = awaitPage(admin, "/admin/sauvegardes", text -> !text.contains("data-progress"));
        assertTrue(backups.contains("est écrite.") && !backups.contains("Aucune sauvegarde pour le moment."),
                backups);
    }

    private static WebSession admin() {
        WebSession admin = new WebSession();
        admin.login("admin", Api.ADMIN_PASSWORD).expect(303);
        return admin;
    }

    private static Map<String, String> withToken(WebSession session, Map<String, String> fields) {
        Map<String, String> withToken = new LinkedHashMap<>(fields);
        withToken.put("_csrf", session.token());
        return withToken;
    }

    /** Loads the page again, as « Actualiser » does, until it shows what is awaited. */
    private static String awaitPage(WebSession session, String path, Predicate<String> done) {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (true) {
            String text = session.get(path).expect(200).text();
            if (done.test(text)) {
                return text;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError(path + " not done after two minutes: " + text);
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}

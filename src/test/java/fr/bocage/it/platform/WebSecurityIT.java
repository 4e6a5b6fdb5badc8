package fr.bocage.it.platform;

import fr.bocage.it.Api;
import fr.bocage.it.Token;
import fr.bocage.it.WebSession;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.bocage.it.Api.Answer;
import fr.bocage.it.Api.Caller;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * Hostile requests against the IT server, one per defect of the security issues (12 and 21) about the web layer:
 * open redirect after login, CSRF with a foreign header or origin, upload limits without a declared length.
 */
class WebSecurityIT {
    private static final String REPORT = "{\"metadata\":{\"title\":\"Rapport\",\"territory\":\"Bretagne\"},"
            + "\"report\":{\"context\":\"Contexte.\"}}";

    private static String contributor() {
        String name = "secweb-" + Token.next();
        Api.createAccount(name, "contributor");
        return name;
    }

    /** Issue 21 #4: U+012F passed the check and the container wrote its low byte, '/', in Location. */
    @Test
    void theWayBackAfterLoginNeverLeadsToAnotherSite() {
        String name = contributor();
        for (String hostile : new String[] {"/%C4%AFevil.example/phish", "/%C5%9Cevil.example", "//evil.example",
                "/%5Cevil.example", "%2F%5Cevil.example", "/%09/evil.example", "%09//evil.example", "/%0A/evil.example",
                "/%0D%0A/evil.example", "/%252F%252Fevil.example", "https://evil.example"}) {
            WebSession browser = new WebSession();
            String page = "/connexion?retour=" + hostile;
            Answer answer = browser.submit(page, page, Map.of("login", name, "password", Api.passwordOf(name)));
            answer.expect(303);
            String location = answer.header("Location").orElseThrow().replace(Api.BASE, "");
            assertTrue(location.startsWith("/") && !location.startsWith("//") && !location.startsWith("/\\"),
                    hostile + " led to " + location);
            assertFalse(location.contains("evil.example") && !location.startsWith("/%"), hostile + " led to " + location);
        }
    }

    /** Issue 21 #10: a bogus Authorization header next to the session cookie skipped the token check. */
    @Test
    void aForeignAuthorizationHeaderDoesNotExcuseTheSessionFromItsToken() {
        String name = contributor();
        WebSession browser = new WebSession();
        browser.login(name, Api.passwordOf(name)).expect(303);
        Answer forged = browser.send(WebSession.request("/api/reports").header("Content-Type", "application/json")
                .header("Authorization", "Bearer x").POST(HttpRequest.BodyPublishers.ofString(REPORT)));
        forged.expectError(403);
        browser.api("POST", "/api/reports", REPORT, true).expect(201);
    }

    /** Issue 21 #10: browsers replay cached Basic credentials on a cross-site form post. */
    @Test
    void aCrossSiteRequestIsRefusedWhateverItsCredentials() {
        String name = contributor();
        Caller basic = Caller.account(name, Api.passwordOf(name));
        HttpRequest.Builder fromEvil = WebSession.request("/api/reports").header("Content-Type", "application/json")
                .header("Authorization", basic.authorization().orElseThrow()).header("Origin", "https://evil.example")
                .POST(HttpRequest.BodyPublishers.ofString(REPORT));
        new WebSession().send(fromEvil).expectError(403);
        HttpRequest.Builder crossSite = WebSession.request("/api/reports").header("Content-Type", "application/json")
                .header("Authorization", basic.authorization().orElseThrow()).header("Sec-Fetch-Site", "cross-site")
                .POST(HttpRequest.BodyPublishers.ofString(REPORT));
        new WebSession().send(crossSite).expectError(403);
        HttpRequest.Builder sameSite = WebSession.request("/api/reports").header("Content-Type", "application/json")
                .header("Authorization", basic.authorization().orElseThrow()).header("Origin", Api.BASE)
                .header("Sec-Fetch-Site", "same-origin").POST(HttpRequest.BodyPublishers.ofString(REPORT));
        new WebSession().send(sameSite).expect(201);
        Api.post("/api/reports", basic, jakarta.json.Json.createReader(new java.io.StringReader(REPORT)).readObject())
                .expect(201);

        WebSession browser = new WebSession();
        browser.login(name, Api.passwordOf(name)).expect(303);
        String token = browser.token();
        Answer portal = browser.send(WebSession.request("/deconnexion")
                .header("Content-Type", "application/x-www-form-urlencoded").header("Origin", "https://evil.example")
                .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + token)));
        assertEquals(403, portal.status(), "a portal form posted from another site, even with the token");
        assertNotEquals(403, browser.send(WebSession.request("/deconnexion")
                .header("Content-Type", "application/x-www-form-urlencoded").header("Origin", Api.BASE)
                .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + token))).status());
    }

    private static final long MB = 1024 * 1024;

    /**
     * Issue 21 #7: a few wrong passwords from one place locked the account everywhere. Now they hold back that place
     * (here the stranger's browser, since every test client shares 127.0.0.1), while the owner's browser, known by
     * its device cookie since its last login, is counted apart.
     */
    @Test
    void aStrangersFailuresDoNotLockTheOwnersKnownBrowser() {
        String name = contributor();
        WebSession owner = new WebSession();
        owner.login(name, Api.passwordOf(name)).expect(303);
        owner.submit("/", "/deconnexion", Map.of()).expect(303);

        WebSession stranger = new WebSession();
        for (int i = 0; i < 5; i++) {
            stranger.login(name, "pas-le-bon-mot-de-passe").expect(200);
        }
        stranger.login(name, Api.passwordOf(name)).expect(429);
        owner.login(name, Api.passwordOf(name)).expect(303);
    }

    /** Issue 12 #9: the canonical and JSON-LD addresses were built from the Host header, which the client chooses. */
    @Test
    void canonicalAddressesComeFromThePublicUrlNotTheHostHeader() throws IOException {
        long id = Api.create(Api.Form.text("canonique.txt", "Les haies " + Token.next() + " du bocage."));
        URI base = URI.create(Api.BASE);
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(60_000);
            socket.getOutputStream().write(("GET /ressources/" + id + " HTTP/1.1\r\nHost: evil.example\r\n"
                    + "Connection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            String page = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(page.startsWith("HTTP/1.1 200"), page.substring(0, Math.min(300, page.length())));
            assertFalse(page.contains("evil.example"), "the Host header reached the page");
            assertTrue(page.contains("<link rel=\"canonical\" href=\"" + Api.BASE + "/ressources/" + id + "\">"));
        }
    }

    /** Issue 12 #5: the portal's forms had no container limit, so a chunked body was spooled whole before the check. */
    @Test
    void aChunkedUploadToAPortalFormIsRefusedWithoutReadingItAll() {
        String name = contributor();
        WebSession browser = new WebSession();
        browser.login(name, Api.passwordOf(name)).expect(303);
        String path = "/contribuer?_csrf=" + browser.token();
        LargeUpload answer = LargeUpload.send(path, "Cookie: " + browser.cookieHeader(), -1, 200 * MB);
        assertEquals(413, answer.status(), answer.toString());
        assertTrue(answer.head().contains("dépasse la taille maximale"), answer.head());
        assertTrue(answer.sentWhenAnswered() < 40 * MB, "read before the answer: " + answer);
    }

    /** Issue 12 #5: a portal form declaring a body far over the limit is answered before any of it is read. */
    @Test
    void aDeclaredHugeUploadToAPortalFormIsRefusedAtOnce() {
        String name = contributor();
        WebSession browser = new WebSession();
        browser.login(name, Api.passwordOf(name)).expect(303);
        String path = "/contribuer?_csrf=" + browser.token();
        LargeUpload answer = LargeUpload.send(path, "Cookie: " + browser.cookieHeader(), 2048 * MB, 64 * MB);
        assertEquals(413, answer.status(), answer.toString());
        assertTrue(answer.head().contains("dépasse la taille maximale"), answer.head());
        assertTrue(answer.sentWhenAnswered() < 40 * MB, "read before the answer: " + answer);
    }

    /** Issue 12 #5: the API's runtime parsed a declared 2 GB multipart body before the resource saw its length. */
    @Test
    void aDeclaredHugeUploadToTheApiIsRefusedAtOnce() {
        String authorization = "Authorization: " + Caller.ADMIN.authorization().orElseThrow();
        LargeUpload declared = LargeUpload.send("/api/resources", authorization, 2048 * MB, 64 * MB);
        assertEquals(413, declared.status(), declared.toString());
        assertTrue(declared.head().contains("taille maximale"), declared.head());
        assertTrue(declared.sentWhenAnswered() < 40 * MB, "read before the answer: " + declared);

        LargeUpload chunked = LargeUpload.send("/api/resources", authorization, -1, 100 * MB);
        assertEquals(413, chunked.status(), chunked.toString());
        assertTrue(chunked.head().contains("taille maximale"), chunked.head());
        assertTrue(chunked.sentWhenAnswered() < 40 * MB, "read before the answer: " + chunked);
    }

    /**
     * A multipart upload written on a socket as fast as the server takes it, up to {@code total} bytes, with a
     * declared length or chunked ({@code declared} < 0); how many bytes had gone when the status line came.
     */
    record LargeUpload(int status, String head, long sentWhenAnswered) {
        static LargeUpload send(String path, String header, long declared, long total) {
            URI base = URI.create(Api.BASE);
            String boundary = "bocage-it-large";
            String partHead = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"gros.bin\"\r\n"
                    + "Content-Type: application/octet-stream\r\n\r\n";
            try (Socket socket = new Socket(base.getHost(), base.getPort())) {
                socket.setSoTimeout(60_000);
                OutputStream out = socket.getOutputStream();
                out.write(("POST " + path + " HTTP/1.1\r\nHost: " + base.getHost() + ":" + base.getPort() + "\r\n"
                        + header + "\r\nContent-Type: multipart/form-data; boundary=" + boundary + "\r\n"
                        + (declared < 0 ? "Transfer-Encoding: chunked" : "Content-Length: " + declared) + "\r\n\r\n")
                        .getBytes(StandardCharsets.ISO_8859_1));
                AtomicLong sent = new AtomicLong();
                AtomicBoolean answered = new AtomicBoolean();
                Thread writer = new Thread(() -> {
                    byte[] block = new byte[64 * 1024];
                    try {
                        write(out, partHead.getBytes(StandardCharsets.ISO_8859_1), declared < 0);
                        while (!answered.get() && sent.get() < total) {
                            write(out, block, declared < 0);
                            sent.addAndGet(block.length);
                        }
                    } catch (IOException e) {
                        // the server closed the connection: what matters is what it had read before answering
                    }
                });
                writer.start();
                BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
                String statusLine = in.readLine();
                long sentThen = sent.get();
                answered.set(true);
                StringBuilder head = new StringBuilder(statusLine == null ? "" : statusLine);
                char[] buffer = new char[8192];
                socket.setSoTimeout(5_000);
                try {
                    for (int n; head.length() < 20_000 && (n = in.read(buffer)) > 0; ) {
                        head.append(buffer, 0, n);
                    }
                } catch (IOException e) {
                    // enough was read
                }
                writer.join(10_000);
                int status = statusLine == null ? -1 : Integer.parseInt(statusLine.split(" ")[1]);
                return new LargeUpload(status, head.toString(), sentThen);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        private static void write(OutputStream out, byte[] bytes, boolean chunked) throws IOException {
            if (chunked) {
                out.write((Integer.toHexString(bytes.length) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
            }
            out.write(bytes);
            if (chunked) {
                out.write("\r\n".getBytes(StandardCharsets.ISO_8859_1));
            }
        }

        @Override
        public String toString() {
            return "status " + status + " after " + sentWhenAnswered / MB + " MB: "
                    + head.substring(0, Math.min(head.length(), 600));
        }
    }
}

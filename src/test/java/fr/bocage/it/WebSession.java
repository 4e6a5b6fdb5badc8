package fr.bocage.it;

import fr.bocage.it.Api.Answer;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser without the browser: keeps its cookies (the portal session), follows no redirect (tests look at them),
 * and posts forms with the CSRF token of the page they come from, as a person filling them in would.
 */
final class WebSession {
    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern CSRF_META = Pattern.compile("<meta name=\"csrf-token\" content=\"([^\"]+)\"");

    private final CookieManager cookies = new CookieManager();
    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    Answer get(String path) {
        return send(request(path).GET());
    }

    /** Posts the fields as they are: no token unless the caller gives one. */
    Answer post(String path, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Opens {@code page}, then posts its form to {@code action} with the page's CSRF token. */
    Answer submit(String page, String action, Map<String, String> fields) {
        Map<String, String> withToken = new LinkedHashMap<>(fields);
        withToken.put("_csrf", token(CSRF_FIELD, get(page).expect(200).text()));
        return post(action, withToken);
    }

    Answer login(String login, String password) {
        return submit("/connexion", "/connexion", Map.of("login", login, "password", password));
    }

    /**
     * Single sign-on from {@code start} ({@code /connexion/oidc…}): Bocage sends the browser to the provider, which
     * sends it back at once (see {@link IdentityProvider#nextLogin}); Bocage's answer to that return.
     */
    Answer signOn(String start) {
        return back(IdentityProvider.authorize(get(start).expect(302).header("Location").orElseThrow()));
    }

    /** Follows a redirect from elsewhere (the provider) back to the site. */
    Answer back(String location) {
        if (!location.startsWith(Api.BASE + "/")) {
            throw new AssertionError("not a way back to " + Api.BASE + ": " + location);
        }
        return get(location.substring(Api.BASE.length()));
    }

    /** An API call with the session cookie, and the session's token in X-CSRF-Token if asked. */
    Answer api(String method, String path, String json, boolean withToken) {
        HttpRequest.Builder request = request(path).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json));
        if (withToken) {
            request.header("X-CSRF-Token", token(CSRF_META, get("/").expect(200).text()));
        }
        return send(request);
    }

    /** The cookies as a Cookie header, for a request sent without this client. */
    String cookieHeader() {
        return cookies.getCookieStore().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
    }

    /** The session's token, as the pages give it to scripts. */
    String token() {
        return token(CSRF_META, get("/").expect(200).text());
    }

    private static String token(Pattern pattern, String html) {
        Matcher matcher = pattern.matcher(html);
        if (!matcher.find()) {
            throw new AssertionError("no CSRF token in the page: " + html);
        }
        return matcher.group(1);
    }

    static HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(Api.BASE + path)).timeout(Duration.ofMinutes(1));
    }

    Answer send(HttpRequest.Builder request) {
        return Api.send(client, request);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}

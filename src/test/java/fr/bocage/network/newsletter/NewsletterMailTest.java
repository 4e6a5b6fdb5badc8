package fr.bocage.network.newsletter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.bocage.mail.MimeForTests;
import fr.bocage.platform.PublicUrls;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * An issue as subscribers receive it, read back by a MIME parser: both parts, the RFC 2369 / RFC 8058 headers with the
 * subscriber's own link, absolute links only, every value escaped in the HTML.
 */
class NewsletterMailTest {
    private static final Session PARSER = Session.getInstance(new Properties());
    private static final String SITE = "https://bocage.example.org";
    private static final Pattern HREF = Pattern.compile("href=\"([^\"]*)\"");

    private final NewsletterMails mails = NewsletterMails.of(PublicUrls.of(SITE + "/"));
    private final UnsubscribeTokens tokens = UnsubscribeTokens.of(new byte[32]);

    private IssueLetter letter() {
        List<IssueLetter.Line> lines = List.of(
                new IssueLetter.Line("Ressource", "Haies <script>alert(1)</script> & talus",
                        "Planter \"local\" : le guide.", mails.absolute("/ressources/12")),
                new IssueLetter.Line("Webinaire", "Mares temporaires", null, mails.absolute("/webinaires/7")));
        return IssueLetter.write("La lettre n° 3 — haies & mares", "La lettre de Bocage n° 3",
                "Bonjour à tous,\n\nVoici les <nouveautés>.\r\n\r\nBonne lecture !", lines,
                mails.absolute("/lettre/3"));
    }

    private MimeMessage received(String token) throws Exception {
        byte[] mime = MimeForTests.compose(mails.issue("lea@exemple.fr", letter(), token));
        return new MimeMessage(PARSER, new ByteArrayInputStream(mime));
    }

    private static List<String> hrefs(String html) {
        List<String> links = new ArrayList<>();
        Matcher matcher = HREF.matcher(html);
        while (matcher.find()) {
            links.add(matcher.group(1));
        }
        return links;
    }

    @Test
    void anIssueHasATextAndAnHtmlPartWithTheSameContent() throws Exception {
        MimeMessage message = received(tokens.of(41, "lea@exemple.fr"));
        assertEquals("La lettre n° 3 — haies & mares", message.getSubject());
        assertTrue(message.getContentType().startsWith("multipart/alternative"), message.getContentType());
        Multipart parts = (Multipart) message.getContent();
        assertEquals(2, parts.getCount());
        BodyPart text = parts.getBodyPart(0);
        BodyPart html = parts.getBodyPart(1);
        assertTrue(text.isMimeType("text/plain"), text.getContentType());
        assertTrue(html.isMimeType("text/html"), html.getContentType());
        String plain = text.getContent().toString();
        assertTrue(plain.contains("Haies <script>alert(1)</script> & talus"), plain);
        assertTrue(plain.contains(SITE + "/ressources/12"), plain);
        assertTrue(plain.contains("Voici les <nouveautés>."), plain);
        String page = html.getContent().toString();
        assertTrue(page.contains("Haies &lt;script&gt;alert(1)&lt;/script&gt; &amp; talus"), page);
        assertFalse(page.contains("<script>"), page);
        assertTrue(page.contains("Planter &#034;local&#034; : le guide."), page);
        assertTrue(page.contains("<p style=\"margin:0 0 16px\">Bonne lecture !</p>"), "paragraphs: " + page);
        assertFalse(page.contains("<table"), "no table: " + page);
    }

    @Test
    void everyLinkIsAbsoluteAndTheUnsubscribeLinkIsTheSubscribersOwn() throws Exception {
        String token = tokens.of(41, "lea@exemple.fr");
        MimeMessage message = received(token);
        String unsubscribe = SITE + "/lettre/desabonnement?jeton=" + token;
        assertEquals("<" + unsubscribe + ">", message.getHeader("List-Unsubscribe", null));
        assertEquals("List-Unsubscribe=One-Click", message.getHeader("List-Unsubscribe-Post", null));

        Multipart parts = (Multipart) message.getContent();
        String plain = parts.getBodyPart(0).getContent().toString();
        String page = parts.getBodyPart(1).getContent().toString();
        assertTrue(plain.contains("Se désabonner en un clic : " + unsubscribe), plain);
        List<String> links = hrefs(page);
        assertEquals(List.of(SITE + "/ressources/12", SITE + "/webinaires/7", SITE + "/lettre/3", unsubscribe), links);
        assertFalse(page.contains(IssueLetter.UNSUBSCRIBE), page);
    }

    @Test
    void unsubscribeTokensNameOneSubscriberAndCannotBeForged() {
        String token = tokens.of(41, "lea@exemple.fr");
        assertEquals(41L, UnsubscribeTokens.idOf(token).orElseThrow());
        assertTrue(tokens.matches(token, 41, "lea@exemple.fr"));
        assertFalse(tokens.matches(token, 41, "autre@exemple.fr"), "a new subscription of another address");
        assertFalse(tokens.matches(token.replace(token.substring(0, 2), "1a"), 41, "lea@exemple.fr"));
        assertFalse(UnsubscribeTokens.of(new byte[] {1, 2, 3}).matches(token, 41, "lea@exemple.fr"),
                "another server's key");
        assertTrue(UnsubscribeTokens.idOf("essai").isEmpty());
        assertTrue(UnsubscribeTokens.idOf(null).isEmpty());
    }

    @Test
    void anItemGoesToSubscribersSharingOneOfItsThemesOrWithNoThemes() {
        IssueItem water = new IssueItem(1, 1, new fr.bocage.portal.NewsletterSources.Published(5, "resource", "Eau",
                null, "/ressources/5", null, List.of("water", "biodiversity")));
        assertTrue(water.matches(List.of()));
        assertTrue(water.matches(List.of("water")));
        assertTrue(water.matches(List.of("mobility", "biodiversity")));
        assertFalse(water.matches(List.of("mobility")));
    }

    @Test
    void theEditorialIsSplitIntoParagraphsAtBlankLines() {
        assertEquals(List.of("Un", "Deux\ntrois"), IssueLetter.paragraphs("Un\r\n\r\n  \nDeux\ntrois\n"));
        assertEquals(List.of(), IssueLetter.paragraphs("  "));
        assertEquals(List.of(), IssueLetter.paragraphs(null));
    }

    @Test
    void theConfirmationHasTextAndHtmlWithTheSameLinkAsAButtonAndNoUnsubscribeHeader() throws Exception {
        byte[] mime = MimeForTests.compose(mails.confirmation("lea@exemple.fr", "a&b<c>", Duration.ofDays(7)));
        MimeMessage message = new MimeMessage(PARSER, new ByteArrayInputStream(mime));
        assertTrue(message.getContentType().startsWith("multipart/alternative"), message.getContentType());
        Multipart parts = (Multipart) message.getContent();
        assertEquals(2, parts.getCount());
        String plain = parts.getBodyPart(0).getContent().toString();
        String page = parts.getBodyPart(1).getContent().toString();
        assertTrue(parts.getBodyPart(1).isMimeType("text/html"), parts.getBodyPart(1).getContentType());
        String link = SITE + "/lettre/confirmation?jeton=a%26b%3Cc%3E";
        assertTrue(plain.contains(link), plain);
        assertEquals(List.of(link), hrefs(page).stream().map(h -> h.replace("&amp;", "&")).toList(), page);
        assertTrue(page.contains(">Confirmer mon abonnement</a>"), page);
        assertTrue(page.contains("Le lien vaut 7 jours."), page);
        assertTrue(page.contains("Quelqu&#039;un (vous, sans doute)"), page);
        assertFalse(page.contains("<c>"), page);
        assertEquals(null, message.getHeader("List-Unsubscribe"));
    }
}

package fr.bocage.network.news;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The news body's Markdown through the real OWASP policy: what may harm is gone, what writers need stays. */
class NewsBodyTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "<script>alert(1)</script>",
            "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
            "<img src=x onerror=alert(1)>",
            "<p onclick=\"alert(1)\">texte</p>",
            "<a href=\"javascript:alert(1)\">lien</a>",
            "[lien](javascript:alert(1))",
            "[lien](JaVaScRiPt:alert(1))",
            "[lien](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
            "<a href=\"&#106;avascript:alert(1)\">lien</a>",
            "<style>body{display:none}</style>",
            "<p style=\"background:url(javascript:alert(1))\">texte</p>",
            "<iframe src=\"https://evil.example\"></iframe>",
            "<object data=x></object><embed src=x>",
            "<svg><script>alert(1)</script></svg>",
            "<svg onload=alert(1)>",
            "<math><mi xlink:href=\"javascript:alert(1)\">x</mi></math>",
            "<scr<script>ipt>alert(1)</scr</script>ipt>",
            "<<script>script>alert(1)<</script>/script>",
            "<form action=https://evil.example><input name=x></form>",
            "<meta http-equiv=refresh content=0;url=https://evil.example>",
            "<base href=https://evil.example/>",
            "<div><p><a href=\"vbscript:msgbox(1)\">x</a></p></div>",
            "![image](https://evil.example/track.png)",
            "<img src=\"https://evil.example/track.png\">",
            "<!--<script>alert(1)</script>-->",
            "<table background=\"javascript:alert(1)\"><tr><td>x</td></tr></table>",
    })
    void removesWhatCouldRunOrTrack(String attack) {
        String html = NewsBody.html("Avant.\n\n" + attack + "\n\nAprès.").toLowerCase(Locale.ROOT);
        for (String forbidden : new String[] {"<script", "javascript:", "vbscript:", "data:", "onerror", "onload",
                "onclick", "<style", "style=", "<iframe", "<object", "<embed", "<svg", "<math", "<img", "<form",
                "<input", "<meta", "<base", "background=", "alert(1)</script"}) {
            assertFalse(html.contains(forbidden), () -> forbidden + " kept in " + html);
        }
        assertTrue(html.contains("avant."), html);
        assertTrue(html.contains("après."), html);
    }

    @Test
    void keepsTheWritersMarkup() {
        String html = NewsBody.html("""
                ## Un intertitre

                Un *mot* en **gras**, du `code` et un [lien](https://exemple.fr/page?a=1&b=2).

                - un
                - deux

                1. premier

                > une citation

                ### Plus bas
                """);
        assertTrue(html.contains("<h2>Un intertitre</h2>"), html);
        assertTrue(html.contains("<em>mot</em>"), html);
        assertTrue(html.contains("<strong>gras</strong>"), html);
        assertTrue(html.contains("<code>code</code>"), html);
        assertTrue(html.contains("<ul><li>un</li><li>deux</li></ul>") || html.contains("<ul>\n<li>un</li>"), html);
        assertTrue(html.contains("<ol>"), html);
        assertTrue(html.contains("<blockquote>"), html);
        assertTrue(html.contains("<h3>Plus bas</h3>"), html);
        assertTrue(html.contains("href=\"https://exemple.fr/page?a&#61;1&amp;b&#61;2\""), html);
        assertTrue(html.contains("rel=\"nofollow noopener\"") || html.contains("rel=\"noopener nofollow\""), html);
    }

    @Test
    void aLevelOneHeadingBecomesLevelTwoTheTitleIsThePages() {
        assertEquals("<h2>Titre</h2>", NewsBody.html("# Titre").strip());
    }

    @Test
    void mailtoLinksStayOtherSchemesGo() {
        assertTrue(NewsBody.html("[écrire](mailto:contact@exemple.fr)").contains("href=\"mailto:contact&#64;exemple.fr\""));
        assertFalse(NewsBody.html("[fichier](file:///etc/passwd)").contains("href"));
        assertFalse(NewsBody.html("[ftp](ftp://exemple.fr)").contains("href"));
    }

    @Test
    void escapesTextThatLooksLikeMarkup() {
        String html = NewsBody.html("Un texte avec 3 < 4 et \"guillemets\" & esperluette");
        assertFalse(html.contains("3 < 4"), html);
        assertTrue(html.contains("3 &lt; 4"), html);
    }

    @Test
    void plainTextHasTheWordsWithoutMarkupNorScripts() {
        String text = NewsBody.plainText("## Haies\n\nDes **haies** & des <script>mares()</script> [ici](https://x.fr).");
        assertEquals("Haies\n\nDes haies & des ici.", text);
    }

    @Test
    void emptyBodyIsEmptyHtml() {
        assertEquals("", NewsBody.html(null));
        assertEquals("", NewsBody.html("  "));
    }
}

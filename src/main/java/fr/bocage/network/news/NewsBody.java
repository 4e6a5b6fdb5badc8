package fr.bocage.network.news;

import java.util.List;
import java.util.regex.Pattern;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * A news body: Markdown (CommonMark) rendered to HTML, then kept only through a strict OWASP policy. CommonMark lets
 * raw HTML through, on purpose of its specification: the sanitiser, not the renderer, is what decides what reaches a
 * page or a feed. Allowed: paragraphs, emphasis, lists, headings h2 to h4 (h1 is the page's title), quotations, code
 * and links to http, https or mailto addresses, which open nothing with the page's rights (rel nofollow noopener).
 * No image, script, style, frame, form nor any attribute but a link's address.
 */
public final class NewsBody {
    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().build();
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern SPACES = Pattern.compile("[ \\t\\x0B\\f\\r]+");
    private static final Pattern BLANK_LINES = Pattern.compile("\\n\\s*\\n+");

    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "br", "em", "strong", "ul", "ol", "li", "h2", "h3", "h4", "blockquote", "code", "pre",
                    "hr", "a")
            .allowUrlProtocols("http", "https", "mailto")
            .allowAttributes("href").onElements("a")
            .requireRelsOnLinks("nofollow", "noopener")
            .toFactory();

    /** The title's level in pages: a body's h1 becomes an h2, so that the outline stays the page's. */
    private static final Pattern H1 = Pattern.compile("<(/?)h1>");

    private NewsBody() {
    }

    /** The body as safe HTML, ready to be printed as it is. */
    public static String html(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        String rendered = RENDERER.render(PARSER.parse(markdown));
        return sanitised(H1.matcher(rendered).replaceAll("<$1h2>"));
    }

    /** Any HTML through the policy: what is not allowed is dropped, with the contents of scripts and styles. */
    public static String sanitised(String html) {
        return POLICY.sanitize(html);
    }

    /** The words of the body as a reader sees them, for the index and for summaries: no markup, no entities. */
    public static String plainText(String markdown) {
        String html = html(markdown);
        String text = TAG.matcher(html.replaceAll("</(p|li|h[2-4]|blockquote|pre)>", "\n\n")).replaceAll("");
        text = unescape(text);
        return BLANK_LINES.matcher(SPACES.matcher(text).replaceAll(" ")).replaceAll("\n\n").strip();
    }

    /** The sanitiser escapes what it keeps as text; the index wants the characters. */
    private static String unescape(String text) {
        String out = text;
        for (List<String> entity : List.of(List.of("&lt;", "<"), List.of("&gt;", ">"), List.of("&#34;", "\""),
                List.of("&quot;", "\""), List.of("&#39;", "'"), List.of("&#43;", "+"), List.of("&#61;", "="),
                List.of("&#64;", "@"), List.of("&#96;", "`"), List.of("&nbsp;", " "))) {
            out = out.replace(entity.get(0), entity.get(1));
        }
        return out.replace("&amp;", "&");
    }
}

package fr.bocage.portal.tags;

import jakarta.servlet.jsp.JspException;
import jakarta.servlet.jsp.PageContext;
import jakarta.servlet.jsp.tagext.JspFragment;
import jakarta.servlet.jsp.tagext.SimpleTagSupport;
import java.io.IOException;
import java.io.StringWriter;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * {@code <ui:message key="…"><ui:param value="${…}"/></ui:message>}: a message of the portal's bundle whose
 * parameters are escaped for HTML, which {@code <fmt:param>} does not do (a file name or an e-mail address became
 * live markup on the moderation page). The views use it instead of {@code <fmt:message>} whenever a message has
 * parameters; {@code ViewEscapingTest} keeps {@code <fmt:param>} out of them.
 *
 * <p>With {@code var}, the message is stored as plain text, its parameters unescaped, since whatever prints a
 * variable escapes it ({@code <c:out>}); without it, the message is written to the page with escaped parameters.
 * The pattern itself is the bundle's own text and may hold markup, as with {@code <fmt:message>}.
 */
public class MessageTag extends SimpleTagSupport {
    static final String BUNDLE = "fr.bocage.portal.ui";
    private static final Locale FRENCH = Locale.FRENCH;

    private String key;
    private String var;
    private final List<Object> params = new ArrayList<>();

    public void setKey(String key) {
        this.key = key;
    }

    public void setVar(String var) {
        this.var = var;
    }

    void addParam(Object value) {
        params.add(value);
    }

    @Override
    public void doTag() throws JspException, IOException {
        JspFragment body = getJspBody();
        if (body != null) {
            // The body holds the <ui:param> tags; whatever text it writes besides is layout whitespace.
            body.invoke(new StringWriter());
        }
        if (var != null) {
            getJspContext().setAttribute(var, format(key, params, false), PageContext.PAGE_SCOPE);
        } else {
            getJspContext().getOut().write(format(key, params, true));
        }
    }

    /**
     * Like {@code <fmt:message>}: the pattern as it is without parameters, through {@link MessageFormat} in French
     * with them; {@code ???key???} for an unknown key. Numbers and dates are formatted, never escaped: they hold
     * no markup.
     */
    static String format(String key, List<Object> params, boolean escape) {
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(BUNDLE, FRENCH).getString(key);
        } catch (MissingResourceException | NullPointerException e) {
            return "???" + key + "???";
        }
        if (params.isEmpty()) {
            return pattern;
        }
        Object[] arguments = params.stream()
                .map(p -> !escape || p == null || p instanceof Number || p instanceof Date ? p : Html.escape(p.toString()))
                .toArray();
        return new MessageFormat(pattern, FRENCH).format(arguments);
    }
}

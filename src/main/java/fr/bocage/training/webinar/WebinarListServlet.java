package fr.bocage.training.webinar;

import fr.bocage.catalog.Vocabularies;
import fr.bocage.catalog.VocabularyKind;
import fr.bocage.platform.security.Caller;
import fr.bocage.platform.web.Routes;
import fr.bocage.platform.web.Views;
import fr.bocage.portal.form.FormOption;
import fr.bocage.portal.form.PortalForms;
import fr.bocage.training.TrainingPortal;
import fr.bocage.platform.PublicUrl;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** Upcoming and past webinars, of one theme if asked, with the calendar to subscribe to. */
@WebServlet(Routes.WEBINARS)
public class WebinarListServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Inject
    WebinarPages pages;

    @Inject
    Vocabularies vocabularies;

    @Inject
    PublicUrl publicUrl;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        Optional<String> theme = vocabularies.find(VocabularyKind.THEME, request.getParameter("theme"))
                .map(t -> t.getCode());
        Caller caller = PortalForms.caller(request);
        String feed = Routes.WEBINAR_FEED + theme.map(t -> "?theme=" + URLEncoder.encode(t, StandardCharsets.UTF_8))
                .orElse("");
        WebinarListPage page = new WebinarListPage(pages.list(false, theme, caller), pages.list(true, theme, caller),
                vocabularies.terms(VocabularyKind.THEME).stream()
                        .map(t -> new FormOption(t.getCode(), t.getLabel(), theme.filter(t.getCode()::equals).isPresent()))
                        .toList(),
                theme.map(t -> vocabularies.label(VocabularyKind.THEME, t)).orElse(null),
                feed, publicUrl.webcal(feed), TrainingPortal.trains(request));
        Views.render("training/webinars", page, request, response);
    }
}

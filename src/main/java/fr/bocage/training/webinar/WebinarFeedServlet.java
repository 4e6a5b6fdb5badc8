package fr.bocage.training.webinar;

import fr.bocage.catalog.Vocabularies;
import fr.bocage.catalog.VocabularyKind;
import fr.bocage.catalog.VocabularyTerm;
import fr.bocage.platform.Messages;
import fr.bocage.platform.web.Routes;
import fr.bocage.event.calendar.EventCalendar;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/**
 * The calendar feed of upcoming webinars, to subscribe to from any calendar application; {@code ?theme=} keeps one
 * theme, by code or label.
 */
@WebServlet(Routes.WEBINAR_FEED)
public class WebinarFeedServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Inject
    PublishedWebinars published;

    @Inject
    Vocabularies vocabularies;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String theme = request.getParameter("theme");
        Optional<String> themeCode = Optional.empty();
        if (theme != null && !theme.isBlank()) {
            themeCode = vocabularies.find(VocabularyKind.THEME, theme).map(VocabularyTerm::getCode);
            if (themeCode.isEmpty()) {
                response.sendError(HttpServletResponse.SC_BAD_REQUEST, Messages.format("webinar.feed.theme", theme));
                return;
            }
        }
        response.setContentType(EventCalendar.MEDIA_TYPE);
        response.setHeader("Content-Disposition", "inline; filename=\"webinaires.ics\"");
        response.getWriter().write(published.upcomingCalendar(themeCode));
    }
}

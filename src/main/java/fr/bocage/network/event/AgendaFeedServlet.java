package fr.bocage.network.event;

import fr.bocage.event.calendar.EventCalendar;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** The calendar feed of the published events to come, /agenda.ics, to subscribe to from any calendar application. */
@WebServlet(AgendaRoutes.FEED)
public class AgendaFeedServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Inject
    EventCalendarFiles calendars;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType(EventCalendar.MEDIA_TYPE);
        response.setHeader("Content-Disposition", "inline; filename=\"agenda.ics\"");
        response.getWriter().write(calendars.feed());
    }
}

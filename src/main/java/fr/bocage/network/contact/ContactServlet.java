package fr.bocage.network.contact;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import fr.bocage.platform.web.Views;
import java.io.IOException;

/** /contact: the form to write to the network's team; /contact/transmis: the answer once a message is sent. */
@WebServlet({ContactPages.CONTACT, ContactPages.SENT})
public class ContactServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Inject
    ContactPages pages;

    @Inject
    ContactService service;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        if (ContactPages.SENT.equals(request.getServletPath())) {
            String actor = request.getParameter("acteur");
            String back = actor != null && actor.matches("\\d{1,18}") ? ContactPages.actorPage(Long.parseLong(actor))
                    : "/";
            Views.render("network/contact/sent", new ContactSentPage(back), request, response);
            return;
        }
        pages.show(service.network(), request, response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        if (ContactPages.SENT.equals(request.getServletPath())) {
            response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
            return;
        }
        pages.post(service.network(), request, response);
    }
}

package fr.bocage.network.list;

import fr.bocage.account.AccountRepository;
import fr.bocage.catalog.Resource;
import fr.bocage.catalog.ResourceRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;

/** Turns messages into their views: authors' names and attachments' titles read once per message. */
@ApplicationScoped
public class ListViews {

    @Inject
    AccountRepository accounts;

    @Inject
    ResourceRepository resources;

    ListMessageView of(ListMessage message) {
        String author = accounts.findByUsername(message.getAuthor()).map(ListMails::nameOf)
                .orElse(message.getAuthor());
        List<ListMessageView.Attachment> attachments = message.getAttachments().stream()
                .flatMap(id -> resources.find(id).stream())
                .map(ListViews::attachment).toList();
        return new ListMessageView(message.getId(), message.getSubject(), author, message.getWrittenAt(),
                message.getStatus().name().toLowerCase(Locale.ROOT), message.getBody(), attachments);
    }

    List<ListMessageView> of(List<ListMessage> messages) {
        return messages.stream().map(this::of).toList();
    }

    private static ListMessageView.Attachment attachment(Resource r) {
        return new ListMessageView.Attachment(r.getId(), r.getTitle(), "/ressources/" + r.getId(),
                "/api/resources/" + r.getId() + "/file");
    }
}

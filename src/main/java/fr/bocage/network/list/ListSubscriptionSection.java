package fr.bocage.network.list;

import fr.bocage.network.membership.NetworkPaths;
import fr.bocage.platform.Messages;
import fr.bocage.platform.error.InvalidInput;
import fr.bocage.platform.security.Caller;
import fr.bocage.portal.UiText;
import fr.bocage.portal.subscriptions.Change;
import fr.bocage.portal.subscriptions.Outcome;
import fr.bocage.portal.subscriptions.SubscriptionSection;
import fr.bocage.portal.subscriptions.SubscriptionsPage;
import fr.bocage.portal.subscriptions.SubscriptionsPage.Entry;
import fr.bocage.portal.subscriptions.SubscriptionsPage.Field;
import fr.bocage.portal.subscriptions.SubscriptionsPage.Form;
import fr.bocage.portal.subscriptions.SubscriptionsPage.Link;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.regex.Pattern;

/**
 * « Listes de diffusion des réseaux » on « Mes abonnements »: the list of each network the caller is a member of,
 * whether its e-mails reach them, and the button that changes it. {@link MailingListService} decides: only those
 * inside a network choose.
 */
@ApplicationScoped
public class ListSubscriptionSection implements SubscriptionSection {
    static final String ID = "listes";
    private static final Pattern SLUG = Pattern.compile("[a-z0-9-]{1,80}");

    @Inject
    MailingListService lists;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public int position() {
        return 20;
    }

    @Override
    public SubscriptionsPage.Section of(Caller caller) {
        return new SubscriptionsPage.Section(ID, UiText.format("subscriptions.listes.title"),
                UiText.format("subscriptions.listes.intro"), UiText.format("subscriptions.listes.none"),
                lists.receivedBy(caller.username()).stream().map(ListSubscriptionSection::entry).toList(),
                List.of());
    }

    private static Entry entry(MailingListService.Received list) {
        String slug = list.network().getSlug();
        List<Field> network = List.of(new Field("network", slug));
        Form change = list.receives()
                ? Form.button("stop", UiText.format("list.unsubscribe.button"), network)
                : Form.of("receive", UiText.format("subscriptions.listes.receive"), network, null);
        return new Entry(list.network().getName(), NetworkPaths.page(slug),
                UiText.format(list.receives() ? "subscriptions.listes.receives" : "subscriptions.listes.not"),
                List.of(new Link(UiText.format("subscriptions.listes.archive"), ListPaths.archive(slug), null)),
                List.of(change));
    }

    @Override
    public Outcome act(Caller caller, Change change) {
        boolean receives = switch (change.action()) {
            case "receive" -> true;
            case "stop" -> false;
            default -> throw new InvalidInput(Messages.get("subscriptions.unknown-change"));
        };
        String slug = change.field("network");
        if (slug == null || !SLUG.matcher(slug).matches()) {
            // Not a network's name: not looked for (a NUL byte would reach Derby).
            throw new InvalidInput(Messages.get("subscriptions.listes.network.missing"));
        }
        lists.receive(lists.network(slug), caller, receives);
        return Outcome.done(receives ? "recue" : "arretee");
    }
}

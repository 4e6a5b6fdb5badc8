package fr.bocage.alert;

import fr.bocage.platform.Messages;
import fr.bocage.platform.error.InvalidInput;
import fr.bocage.platform.error.NotFound;
import fr.bocage.platform.rest.ApiNames;
import fr.bocage.platform.security.Caller;
import fr.bocage.platform.web.Routes;
import fr.bocage.portal.UiText;
import fr.bocage.portal.subscriptions.Change;
import fr.bocage.portal.subscriptions.Outcome;
import fr.bocage.portal.subscriptions.SubscriptionSection;
import fr.bocage.portal.subscriptions.SubscriptionsPage;
import fr.bocage.portal.subscriptions.SubscriptionsPage.Choice;
import fr.bocage.portal.subscriptions.SubscriptionsPage.Entry;
import fr.bocage.portal.subscriptions.SubscriptionsPage.Field;
import fr.bocage.portal.subscriptions.SubscriptionsPage.Form;
import fr.bocage.portal.subscriptions.SubscriptionsPage.Link;
import fr.bocage.portal.subscriptions.SubscriptionsPage.Option;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.List;

/**
 * « Mes recherches enregistrées » on « Mes abonnements »: the caller's saved searches with their digest's frequency
 * to change, their search page, feed and form, and their deletion (asked first). {@link SavedSearchService} decides:
 * another account's search is not found.
 */
@ApplicationScoped
public class SavedSearchSection implements SubscriptionSection {
    static final String ID = "alertes";

    @Inject
    SavedSearchService service;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public int position() {
        return 30;
    }

    @Override
    public SubscriptionsPage.Section of(Caller caller) {
        List<Entry> entries = service.of(caller.username()).stream().map(SavedSearchSection::entry).toList();
        return new SubscriptionsPage.Section(ID, UiText.format("alerts.title"),
                UiText.format("subscriptions.alertes.intro"), UiText.format("alerts.none"), entries,
                List.of());
    }

    private static Entry entry(SavedSearch search) {
        SavedSearchView view = SavedSearchView.of(search);
        String frequency = ApiNames.of(search.getFrequency());
        List<Field> id = List.of(new Field("id", String.valueOf(search.getId())));
        List<Option> options = Arrays.stream(DigestFrequency.values()).map(ApiNames::of)
                .map(f -> new Option(f, UiText.format("alerts.frequency.choice." + f), f.equals(frequency)))
                .toList();
        return new Entry(search.getName(), view.page(),
                UiText.format("subscriptions.alertes.state", UiText.format("alerts.frequency." + frequency)),
                List.of(new Link(UiText.format("alerts.feed"), view.feed(), "application/atom+xml"),
                        new Link(UiText.format("alerts.edit"), Routes.SAVED_SEARCHES + "/" + search.getId(), null)),
                List.of(Form.of("frequency", UiText.format("subscriptions.alertes.frequency.button"), id,
                                new Choice("frequency", UiText.format("alerts.frequency"), null, false, options)),
                        Form.button("delete", UiText.format("alerts.delete"), id)
                                .asking("alerts.confirm.delete", search.getName(), "alerts.delete")));
    }

    @Override
    public Outcome act(Caller caller, Change change) {
        String owner = caller.username();
        long id = id(change.field("id"));
        return switch (change.action()) {
            case "frequency" -> {
                service.setFrequency(owner, id, change.field("frequency"));
                yield Outcome.done("frequence");
            }
            case "delete" -> {
                SavedSearch search = service.get(owner, id);
                if (!change.confirmed()) {
                    yield Outcome.ask("alerts.confirm.delete", search.getName(), "alerts.delete");
                }
                service.delete(owner, id);
                yield Outcome.done("supprimee");
            }
            default -> throw new InvalidInput(Messages.get("subscriptions.unknown-change"));
        };
    }

    private static long id(String value) {
        if (value == null || !value.matches("\\d{1,18}")) {
            throw new NotFound(Messages.get("alert.not-found"));
        }
        return Long.parseLong(value);
    }
}

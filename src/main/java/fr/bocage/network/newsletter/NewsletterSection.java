package fr.bocage.network.newsletter;

import fr.bocage.account.Account;
import fr.bocage.account.AccountRepository;
import fr.bocage.platform.Messages;
import fr.bocage.platform.error.InvalidInput;
import fr.bocage.platform.error.NotFound;
import fr.bocage.platform.security.Caller;
import fr.bocage.portal.UiText;
import fr.bocage.portal.subscriptions.Change;
import fr.bocage.portal.subscriptions.Outcome;
import fr.bocage.portal.subscriptions.SubscriptionSection;
import fr.bocage.portal.subscriptions.SubscriptionsPage;
import fr.bocage.portal.subscriptions.SubscriptionsPage.Choice;
import fr.bocage.portal.subscriptions.SubscriptionsPage.Entry;
import fr.bocage.portal.subscriptions.SubscriptionsPage.Form;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

/**
 * « Lettre d'information » on « Mes abonnements »: the subscription of the account's own address (none, awaiting
 * its confirmation, confirmed) and its themes. Subscribing goes through the double opt-in as anywhere else
 * ({@link SubscriptionService#requestConfirmation}): the page never subscribes an address by itself.
 */
@ApplicationScoped
public class NewsletterSection implements SubscriptionSection {
    static final String ID = "lettre";
    private static final int MAX_THEMES = 30;
    private static final String ARCHIVE = "/lettre";

    @Inject
    SubscriptionService service;

    @Inject
    AccountRepository accounts;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public int position() {
        return 10;
    }

    @Override
    public SubscriptionsPage.Section of(Caller caller) {
        Optional<String> address = address(caller);
        if (address.isEmpty()) {
            return section(UiText.format("subscriptions.lettre.no-address"), List.of());
        }
        String email = address.get();
        Optional<Subscriber> subscriber = service.of(email);
        List<String> chosen = subscriber.map(Subscriber::getThemes).orElse(List.of());
        Choice themes = new Choice("themes", UiText.format("newsletter.themes"),
                UiText.format("subscriptions.lettre.themes.hint"), true, service.themes().entrySet().stream()
                        .map(t -> new SubscriptionsPage.Option(t.getKey(), t.getValue(), chosen.contains(t.getKey())))
                        .toList());
        String state;
        List<Form> forms;
        if (subscriber.isEmpty()) {
            state = UiText.format("subscriptions.lettre.none", email);
            forms = List.of(Form.of("subscribe", UiText.format("subscriptions.lettre.subscribe"), List.of(), themes));
        } else if (!subscriber.get().isConfirmed()) {
            state = UiText.format("subscriptions.lettre.pending", email,
                    UiText.dayAndTime(subscriber.get().getTokenExpiresAt()));
            forms = List.of(Form.of("subscribe", UiText.format("subscriptions.lettre.resend"), List.of(), themes),
                    Form.button("unsubscribe", UiText.format("subscriptions.lettre.cancel"), List.of()));
        } else {
            state = UiText.format("subscriptions.lettre.confirmed", email,
                    UiText.dayAndTime(subscriber.get().getConfirmedAt()));
            forms = List.of(Form.of("themes", UiText.format("subscriptions.lettre.themes"), List.of(), themes),
                    Form.button("unsubscribe", UiText.format("subscriptions.lettre.unsubscribe"), List.of())
                            .asking("subscriptions.lettre.confirm", email, "subscriptions.lettre.unsubscribe"));
        }
        return section(state, forms);
    }

    private static SubscriptionsPage.Section section(String state, List<Form> forms) {
        return new SubscriptionsPage.Section(ID, UiText.format("subscriptions.lettre.title"),
                UiText.format("subscriptions.lettre.intro"), null,
                List.of(new Entry(UiText.format("newsletter.archive.title"), ARCHIVE, state, List.of(), forms)),
                List.of());
    }

    @Override
    public Outcome act(Caller caller, Change change) {
        String email = address(caller)
                .orElseThrow(() -> new InvalidInput(Messages.get("newsletter.account.no-address")));
        List<String> themes = change.values("themes");
        if (themes.size() > MAX_THEMES) {
            throw new InvalidInput(Messages.format("newsletter.themes.too-many", MAX_THEMES));
        }
        return switch (change.action()) {
            case "subscribe" -> {
                service.requestConfirmation(email, themes);
                yield Outcome.done("envoyee");
            }
            case "themes" -> {
                service.chooseThemes(email, themes);
                yield Outcome.done("themes");
            }
            case "unsubscribe" -> {
                Optional<Subscriber> subscriber = service.of(email);
                if (subscriber.isEmpty()) {
                    throw new NotFound(Messages.get("newsletter.account.none"));
                }
                if (subscriber.get().isConfirmed() && !change.confirmed()) {
                    yield Outcome.ask("subscriptions.lettre.confirm", email, "subscriptions.lettre.unsubscribe");
                }
                service.unsubscribeAddress(email);
                yield Outcome.done("desabonne");
            }
            default -> throw new InvalidInput(Messages.get("subscriptions.unknown-change"));
        };
    }

    /** The account's address, the one its subscription is kept under; none for accounts made without one (admin). */
    private Optional<String> address(Caller caller) {
        return accounts.findByUsername(caller.username()).map(Account::getEmail).filter(e -> !e.isBlank());
    }
}

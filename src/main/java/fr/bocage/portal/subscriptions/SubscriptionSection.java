package fr.bocage.portal.subscriptions;

import fr.bocage.platform.security.Caller;

/**
 * A section of « Mes abonnements » (the newsletter, the networks' mailing lists, the saved searches), contributed by
 * the feature that owns what is subscribed to: implemented there, looked up here through CDI, so that the page gathers
 * the features above it without knowing them. Each implementation shows the caller their own things only and applies
 * its feature's rules by calling its own service; a refusal is a domain error (fr.bocage.platform.error), which the
 * page shows in French.
 */
public interface SubscriptionSection {

    /** A short, stable name: the {@code section} field of the forms, and the prefix of the confirmation keys. */
    String id();

    /** Where the section sorts on the page: lower first. */
    int position();

    /** What the caller (signed in) has subscribed to, with the forms that change it. */
    SubscriptionsPage.Section of(Caller caller);

    /**
     * Applies one of the section's forms, posted by the caller.
     *
     * @return what to say once done, or a question to ask before acting (see {@link Outcome})
     */
    Outcome act(Caller caller, Change change);
}

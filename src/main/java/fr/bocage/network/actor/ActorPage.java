package fr.bocage.network.actor;

import fr.bocage.network.contact.ContactForm;

import java.util.List;

/**
 * What an actor's page shows: its description with labels, its facts, what it did and made, and what the reader may
 * do with it. Never its contact address.
 *
 * @param country the country's French name
 * @param themes the themes' labels
 * @param website checked on input: an http or https address only
 * @param status the status' label while not published (for who follows its moderation); null once published
 * @param editUrl the form's address, for who may change it now; null for others
 * @param maySubmit whether the reader may send it to moderation now
 * @param representation what the reader may do or did about representing it
 * @param claims the claims to represent it, for the moderators; empty for others
 * @param activities what the actor did, by section (« Actions menées », « Partenariats »), as the network's other
 *     features tell it; only the sections that have something
 * @param resources published resources whose organisation is the actor
 * @param similar similar published content, of any kind
 * @param contact the form « Contacter cet acteur », for a published actor; null otherwise
 */
public record ActorPage(long id, String title, String summary, String kind, String siren, String commune,
                        String country, String territory, List<String> themes, String website, String engagement,
                        Integer engagedSince, String status, String editUrl, boolean maySubmit,
                        Representation representation, List<ClaimRow> claims, List<ActivitySection> activities,
                        List<Link> resources, List<Link> similar, ContactForm contact) {

    /**
     * @param signedIn whether the reader is signed in (else the button leads to the login page)
     * @param mayClaim whether the reader may claim to represent it now
     * @param claimStatus the label of the reader's claim's status; null without one
     * @param maintains whether the reader is a confirmed representative
     */
    public record Representation(boolean signedIn, boolean mayClaim, String claimStatus, boolean maintains) {
    }

    /** A claim, for a moderator: who, where it stands, and whether it waits for a decision. */
    public record ClaimRow(long id, String username, String status, boolean pending) {
    }

    public record ActivitySection(String heading, List<ActorActivities.Activity> items) {
    }

    public record Link(String title, String url) {
    }
}

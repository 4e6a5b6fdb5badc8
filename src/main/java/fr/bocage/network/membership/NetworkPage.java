package fr.bocage.network.membership;

import java.util.List;

/**
 * A network's public page: what it is, who animates it (their display names), where the reader stands with it,
 * and the sections the network's features contribute ({@link NetworkSection}).
 *
 * @param membership the reader's standing: anonymous, none, pending, accepted, refused or left
 * @param inside whether the reader is a member or an animator (the directory is open to them)
 * @param decides whether the reader decides on requests (an animator or an administrator)
 * @param notice what just happened (requested, left, profile), or null
 */
public record NetworkPage(String name, String slug, String description, String territory, List<String> animators,
        String membership, boolean inside, boolean decides, String notice, List<Section> sections) {

    public record Section(String heading, List<NetworkSection.Item> items) {
    }
}

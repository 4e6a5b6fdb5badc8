package fr.bocage.network.membership;

import java.util.List;

/** « Mes réseaux » in the account space: the networks I belong to, my requests that wait, the networks I animate. */
public record MyNetworksPage(List<Row> member, List<Row> pending, List<Row> animated) {

    /** @param detail a short line: since when, or how many requests wait */
    public record Row(String name, String url, String detail) {
    }
}

package fr.bocage.catalog;

import java.util.List;

/**
 * A resource got a new description, inside the changing transaction: a feature that keeps a copy of part of it
 * (an action's themes, which its results group by in SQL) follows in the same commit.
 */
public record ResourceDescribed(long id, List<String> themes) {
}

package fr.bocage.search;

/**
 * A change to apply to the index once the database transaction that made it has committed: the new state of a
 * resource, or its removal when {@code resource} is null.
 */
public record IndexChange(long id, IndexedResource resource) {

    public static IndexChange upsert(IndexedResource resource) {
        return new IndexChange(resource.id(), resource);
    }

    public static IndexChange delete(long id) {
        return new IndexChange(id, null);
    }
}

package fr.bocage.catalog;

/** Where a resource stands in its life; only {@link #PUBLISHED} resources are visible to the public. */
public enum ResourceStatus {
    DRAFT, SUBMITTED, CHANGES_REQUESTED, PUBLISHED, REJECTED, WITHDRAWN
}

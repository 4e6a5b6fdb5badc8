package fr.bocage.network.project;

/** A draft is seen by its coordinators and the administrators only; published, by everybody. */
public enum ProjectState {
    DRAFT, PUBLISHED
}

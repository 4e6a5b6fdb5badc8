package fr.bocage.audit;

/** What happened to a resource. New kinds of change add a constant here. */
public enum AuditAction {
    CREATE, UPDATE, NEW_VERSION, SUBMIT, RETRACT, PUBLISH, REQUEST_CHANGES, REJECT, WITHDRAW, DELETE
}

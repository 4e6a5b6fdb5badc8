package fr.bocage.network.list;

/** A list message waits for an animator (moderated lists), has gone to the members (the archive), or was rejected. */
public enum ListMessageStatus { PENDING, SENT, REJECTED }

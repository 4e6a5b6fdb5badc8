package fr.bocage.network.actor;

/** An actor's own fields, checked: enums resolved, SIREN without spaces; no engagement, no year. */
record ActorDetails(ActorKind kind, String siren, String commune, String country, String website, EngagementScheme engagement,
        Integer engagedSince, String contactEmail) {
}

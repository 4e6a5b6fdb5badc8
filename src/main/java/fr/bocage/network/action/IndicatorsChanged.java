package fr.bocage.network.action;

/** The indicator catalogue changed (an indicator added, or its label, unit or aggregation): the results follow. */
record IndicatorsChanged() {
}

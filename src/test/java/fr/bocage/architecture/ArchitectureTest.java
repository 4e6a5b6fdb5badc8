package fr.bocage.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The floors of the house, as the README draws them: a package may use its own floor's shared parts and the floors
 * below, never those above; no two feature areas lean on each other; no package cycle anywhere. The events floor
 * (registration engine, calendars, materials) sits between the site and the features, so that trainings and the
 * network's meetings share it.
 */
@AnalyzeClasses(packages = "fr.bocage", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** The feature areas: each a package of its own on the features floor. Add a new one here. */
    static final String[] FEATURES = {
        "fr.bocage.contribution..", "fr.bocage.moderation..", "fr.bocage.training..", "fr.bocage.admin..",
        "fr.bocage.backup..", "fr.bocage.network..",
        // Saved searches and alerts (issue 14 #7)
        "fr.bocage.alert.."};

    @ArchTest
    static final ArchRule floors = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("Platform").definedBy("fr.bocage.platform..")
            .layer("Services").definedBy("fr.bocage.search..", "fr.bocage.ingest..", "fr.bocage.mail..",
                    "fr.bocage.audit..")
            .layer("Catalog").definedBy("fr.bocage.catalog..")
            .layer("Site").definedBy("fr.bocage.account..", "fr.bocage.portal..", "fr.bocage.imports..")
            .layer("Events").definedBy("fr.bocage.event..")
            .layer("Features").definedBy(FEATURES)
            .layer("Demo").definedBy("fr.bocage.demo..")
            .whereLayer("Demo").mayNotBeAccessedByAnyLayer()
            .whereLayer("Features").mayOnlyBeAccessedByLayers("Demo")
            .whereLayer("Events").mayOnlyBeAccessedByLayers("Features", "Demo")
            .whereLayer("Site").mayOnlyBeAccessedByLayers("Events", "Features", "Demo")
            .whereLayer("Catalog").mayOnlyBeAccessedByLayers("Site", "Events", "Features", "Demo")
            .whereLayer("Services").mayOnlyBeAccessedByLayers("Catalog", "Site", "Events", "Features", "Demo");

    @ArchTest
    static final ArchRule noCycles = slices().matching("fr.bocage.(**)").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule servicesFloorSiblingsIndependent = slices()
            .matching("fr.bocage.(search|ingest|mail|audit)..").should().notDependOnEachOther();

    @ArchTest
    static final ArchRule siteFloorSiblingsIndependent = slices()
            .matching("fr.bocage.(account|portal|imports)..").should().notDependOnEachOther();

    @ArchTest
    static final ArchRule featuresIndependent = slices()
            .matching("fr.bocage.(contribution|moderation|training|admin|backup|network|alert)..").should().notDependOnEachOther();

    /** Services and rules speak the domain's language; HTTP belongs to the REST resources and the servlets. */
    @ArchTest
    static final ArchRule noJaxRsBelowTheWeb = noClasses()
            .that().areNotAnnotatedWith(jakarta.ws.rs.Path.class)
            .and().areNotAnnotatedWith(jakarta.ws.rs.ext.Provider.class)
            .and().haveNameNotMatching(".*(Resource|Form)(\\$.*)?")
            .and().resideOutsideOfPackage("fr.bocage.platform.rest..")
            .should().dependOnClassesThat().resideInAPackage("jakarta.ws.rs..")
            .because("services and rules throw domain errors (platform.error); the REST resources, their request "
                    + "forms and platform.rest speak HTTP");

    /** Servlets too: they reach the domain through services, and answer with ErrorStatus. */
    @ArchTest
    static final ArchRule servletsAreNotRest = noClasses().that().haveSimpleNameEndingWith("Servlet")
            .should().dependOnClassesThat().resideInAPackage("jakarta.ws.rs..");
}

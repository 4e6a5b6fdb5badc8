package fr.bocage.network.diagnosis;

/**
 * The self-diagnosis pages, below a project's page: {@code /projets/{slug}/autodiagnostic} (questionnaires and
 * campaigns), {@code …/questionnaires/{id}} (the builder), {@code …/campagnes/{id}} (the answer form),
 * {@code …/campagnes/{id}/rapport/{organisation}}, {@code …/campagnes/{id}/comparaison} and its {@code .csv}.
 */
final class DiagnosisPaths {
    static final String PROJECTS = "/projets/";
    static final String HOME = "/autodiagnostic";
    /** Where {@link DiagnosisPathFilter} hands these pages, whoever serves the other pages below /projets. */
    static final String INTERNAL = "/projets-autodiagnostic";

    private DiagnosisPaths() {
    }

    static String home(String slug) {
        return PROJECTS + slug + HOME;
    }

    static String questionnaire(String slug, long id) {
        return home(slug) + "/questionnaires/" + id;
    }

    static String campaign(String slug, long id) {
        return home(slug) + "/campagnes/" + id;
    }

    static String report(String slug, long campaign, long organisation) {
        return campaign(slug, campaign) + "/rapport/" + organisation;
    }

    static String comparison(String slug, long campaign) {
        return campaign(slug, campaign) + "/comparaison";
    }
}

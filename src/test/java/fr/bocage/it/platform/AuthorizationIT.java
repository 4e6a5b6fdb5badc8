package fr.bocage.it.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.bocage.it.Api;
import fr.bocage.it.Api.Caller;
import fr.bocage.it.Token;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Who may call what among the account, contribution, moderation and training endpoints and pages (the workflow's API has its
 * own table in {@link ModerationIT}): one row per endpoint, one expected status per role.
 * Callers use HTTP Basic (pages accept it too), so that no session or CSRF token is involved.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationIT {
    private static final List<String> WHO = List.of("anonymous", "contributor", "moderator", "trainer", "admin");
    private static final String TARGET = "cible-" + Token.next();

    private final Map<String, Caller> callers = new LinkedHashMap<>();

    /** One endpoint: method, path, JSON body (or null), then the status for each of {@link #WHO}. */
    private record Row(String method, String path, JsonObject body, int... expected) {
    }

    private static final List<Row> TABLE = List.of(
            new Row("GET", "/api/admin/accounts", null, 401, 403, 403, 403, 200),
            new Row("GET", "/api/admin/thesaurus", null, 401, 403, 403, 403, 200),
            // The metrics: administrators and scrapers (MetricsIT).
            new Row("GET", "/api/metrics", null, 401, 403, 403, 403, 200),
            new Row("GET", "/api/admin/thesaurus/file", null, 401, 403, 403, 403, 200),
            new Row("POST", "/api/admin/thesaurus/reload", Json.createObjectBuilder().build(),
                    401, 403, 403, 403, 200),
            new Row("PUT", "/api/admin/accounts/" + TARGET + "/roles",
                    Json.createObjectBuilder().add("roles", Json.createArrayBuilder().add("contributor")).build(),
                    401, 403, 403, 403, 200),
            new Row("PUT", "/api/admin/accounts/" + TARGET + "/enabled",
                    Json.createObjectBuilder().add("enabled", true).build(), 401, 403, 403, 403, 200),
            new Row("POST", "/api/admin/accounts", Json.createObjectBuilder().build(), 401, 403, 403, 403, 400),
            // Open to all (an empty body: refused as invalid, never as forbidden).
            new Row("POST", "/api/accounts", Json.createObjectBuilder().build(), 400, 400, 400, 400, 400),
            new Row("GET", "/admin/comptes", null, 302, 403, 403, 403, 200),
            new Row("GET", "/inscription", null, 200, 200, 200, 200, 200),
            new Row("GET", "/connexion", null, 200, 200, 200, 200, 200),
            new Row("GET", "/mot-de-passe-oublie", null, 200, 200, 200, 200, 200),
            new Row("GET", "/nouveau-mot-de-passe?jeton=inconnu", null, 400, 400, 400, 400, 400),
            new Row("GET", "/inscription/confirmer?jeton=inconnu", null, 400, 400, 400, 400, 400),
            // Contributing: any account; anonymous visitors are sent to the login page.
            new Row("GET", "/contribuer", null, 302, 200, 200, 200, 200),
            new Row("GET", "/contribuer/retour-experience", null, 302, 200, 200, 200, 200),
            new Row("GET", "/mon-espace", null, 302, 200, 200, 200, 200),
            new Row("GET", "/mon-espace/ressources/999999999", null, 302, 404, 404, 404, 404),
            new Row("POST", "/api/reports", Json.createObjectBuilder().build(), 401, 400, 400, 400, 400),
            new Row("POST", "/api/resources/999999999/retract", Json.createObjectBuilder().build(), 401, 404, 404, 404, 404),
            // Moderating: moderators and administrators only.
            new Row("GET", "/moderation", null, 302, 403, 200, 403, 200),
            new Row("GET", "/moderation/ressources/999999999", null, 302, 403, 404, 403, 404),
            // The moderators' digest, sent now: administrators only.
            new Row("POST", "/api/moderation/digest", Json.createObjectBuilder().build(), 401, 403, 403, 403, 200),
            // Whether it reaches oneself: moderators and administrators.
            new Row("GET", "/api/moderation/digest/subscription", null, 401, 403, 200, 403, 200),
            // Trainings: trainers, moderators and administrators run them (whose they are: WebinarPagesIT).
            new Row("GET", "/webinaires", null, 200, 200, 200, 200, 200),
            new Row("GET", "/webinaires/999999999", null, 404, 404, 404, 404, 404),
            new Row("GET", "/webinaires/nouveau", null, 302, 403, 200, 200, 200),
            new Row("GET", "/webinaires/modifier/999999999", null, 302, 403, 404, 404, 404),
            new Row("GET", "/webinaires/inscrits/999999999", null, 302, 403, 404, 404, 404),
            new Row("GET", "/api/resources/999999999/materials", null, 404, 404, 404, 404, 404),
            // A registration's e-mailed links: whoever holds one, account or not.
            new Row("GET", "/webinaires/confirmation?jeton=inconnu", null, 404, 404, 404, 404, 404),
            new Row("POST", "/api/registrations/confirm", Json.createObjectBuilder().build(), 400, 400, 400, 400, 400),
            // Courses: the catalogue for all; proposing and editing for trainers, moderators and administrators.
            new Row("GET", "/formations", null, 200, 200, 200, 200, 200),
            new Row("GET", "/formations/nouvelle", null, 302, 403, 200, 200, 200),
            new Row("GET", "/formations/999999999/modifier", null, 302, 403, 404, 404, 404),
            new Row("POST", "/api/courses", Json.createObjectBuilder().build(), 401, 403, 400, 400, 400),
            // Partnerships and programmes: read by all, entered by moderators and administrators.
            new Row("GET", "/partenariats", null, 200, 200, 200, 200, 200),
            new Row("GET", "/partenariats/nouveau", null, 302, 403, 200, 403, 200),
            new Row("GET", "/partenariats/999999999/modifier", null, 302, 403, 404, 403, 404),
            new Row("GET", "/api/partnerships", null, 200, 200, 200, 200, 200),
            new Row("GET", "/api/programmes", null, 200, 200, 200, 200, 200),
            new Row("POST", "/api/partnerships", Json.createObjectBuilder().build(), 401, 403, 400, 403, 400),
            new Row("POST", "/api/programmes", Json.createObjectBuilder().build(), 401, 403, 400, 403, 400),
            new Row("PUT", "/api/programmes/999999999", Json.createObjectBuilder().add("name", "P").add("funder", "F")
                    .build(), 401, 403, 404, 403, 404),
            // Networks (network.membership): read by all, created and described by administrators.
            new Row("GET", "/api/networks", null, 200, 200, 200, 200, 200),
            new Row("POST", "/api/networks", Json.createObjectBuilder().build(), 401, 403, 403, 403, 400),
            new Row("PUT", "/api/networks/inconnu", Json.createObjectBuilder().add("slug", "inconnu").add("name", "R")
                    .add("animators", Json.createArrayBuilder()).build(), 401, 403, 403, 403, 404),
            // Membership (network.membership): pages for all, an unknown network is not found for anybody; the
            // API asks for an account first. Per role on a real network (member, animator): MembershipIT.
            new Row("GET", "/reseaux", null, 200, 200, 200, 200, 200),
            new Row("GET", "/reseaux/inconnu", null, 404, 404, 404, 404, 404),
            // Cooperation projects (network.project): read by all once published; started by contributors,
            // moderators and administrators; a draft or an unknown slug is not found. Per coordinator: ProjectIT.
            new Row("GET", "/api/projects", null, 200, 200, 200, 200, 200),
            new Row("GET", "/api/projects/inconnu", null, 404, 404, 404, 404, 404),
            new Row("POST", "/api/projects", Json.createObjectBuilder().build(), 401, 400, 400, 403, 400),
            new Row("PUT", "/api/projects/inconnu", Json.createObjectBuilder().build(), 401, 400, 400, 400, 400),
            new Row("PUT", "/api/projects/inconnu/enrolments/" + TARGET, Json.createObjectBuilder()
                    .add("organisation", 1).build(), 401, 403, 403, 403, 404),
            // A project's private side (invitations, members, space): an account first, then the project's own
            // standing; an unknown project is not found. Per role on a real project: ProjectSpaceIT.
            new Row("GET", "/api/projects/inconnu/invitations", null, 401, 404, 404, 404, 404),
            new Row("POST", "/api/projects/inconnu/invitations", Json.createObjectBuilder().build(),
                    401, 400, 400, 400, 400),
            new Row("DELETE", "/api/projects/inconnu/invitations/1", Json.createObjectBuilder().build(),
                    401, 404, 404, 404, 404),
            new Row("GET", "/api/projects/inconnu/members", null, 401, 404, 404, 404, 404),
            new Row("DELETE", "/api/projects/inconnu/members/" + TARGET, Json.createObjectBuilder().build(),
                    401, 404, 404, 404, 404),
            new Row("GET", "/api/projects/inconnu/documents", null, 401, 404, 404, 404, 404),
            new Row("GET", "/api/projects/inconnu/news", null, 404, 404, 404, 404, 404),
            new Row("POST", "/api/projects/inconnu/news", Json.createObjectBuilder().build(), 401, 400, 400, 400, 400),
            new Row("PUT", "/api/projects/inconnu/news/1", Json.createObjectBuilder().build(),
                    401, 404, 404, 404, 404),
            new Row("POST", "/api/project-invitations/inconnu", Json.createObjectBuilder().build(),
                    401, 404, 404, 404, 404),
            new Row("GET", "/projets/inconnu/espace", null, 302, 404, 404, 404, 404),
            new Row("GET", "/projets/inconnu/membres", null, 302, 404, 404, 404, 404),
            new Row("GET", "/projets/invitation/inconnu", null, 404, 404, 404, 404, 404),
            new Row("GET", "/mon-espace/projets", null, 302, 200, 200, 200, 200),
            // Self-diagnosis (network.diagnosis): accounts only, then the project's standing; an unknown project is not
            // found for anybody. Per role on a real project (member, other organisation, coordinator): DiagnosisIT.
            new Row("GET", "/api/projects/inconnu/questionnaires", null, 401, 404, 404, 404, 404),
            new Row("POST", "/api/projects/inconnu/questionnaires", Json.createObjectBuilder().build(), 401, 400, 400,
                    400, 400),
            new Row("PUT", "/api/projects/inconnu/questionnaires/1", Json.createObjectBuilder().add("title", "Q")
                    .build(), 401, 404, 404, 404, 404),
            new Row("GET", "/api/projects/inconnu/campaigns", null, 401, 404, 404, 404, 404),
            new Row("POST", "/api/projects/inconnu/campaigns", Json.createObjectBuilder().build(), 401, 400, 400, 400,
                    400),
            new Row("GET", "/api/projects/inconnu/campaigns/1/answers", null, 401, 404, 404, 404, 404),
            new Row("GET", "/api/projects/inconnu/campaigns/1/answers/1", null, 401, 404, 404, 404, 404),
            new Row("PUT", "/api/projects/inconnu/campaigns/1/answers/1", Json.createObjectBuilder().build(), 401, 404,
                    404, 404, 404),
            new Row("GET", "/api/projects/inconnu/campaigns/1/answers/1/report", null, 401, 404, 404, 404, 404),
            new Row("GET", "/api/projects/inconnu/campaigns/1/comparison", null, 401, 404, 404, 404, 404),
            new Row("GET", "/projets/inconnu/autodiagnostic", null, 302, 404, 404, 404, 404),
            new Row("GET", "/projets/inconnu/autodiagnostic/campagnes/1/comparaison", null, 302, 404, 404, 404, 404),
            new Row("GET", "/projets/inconnu/autodiagnostic/campagnes/1/comparaison.csv", null, 302, 404, 404, 404,
                    404),
            new Row("GET", "/projets", null, 200, 200, 200, 200, 200),
            new Row("GET", "/projets/inconnu", null, 404, 404, 404, 404, 404),
            new Row("GET", "/projets/nouveau", null, 302, 200, 200, 403, 200),
            new Row("GET", "/projets/inconnu/modifier", null, 302, 404, 404, 404, 404),
            new Row("GET", "/reseaux/inconnu/membres", null, 404, 404, 404, 404, 404),
            new Row("GET", "/mon-espace/reseaux", null, 302, 200, 200, 200, 200),
            // « Mes abonnements »: any account, its own subscriptions only (MySubscriptionsIT).
            new Row("GET", "/mon-espace/abonnements", null, 302, 200, 200, 200, 200),
            new Row("GET", "/api/networks/inconnu/membership", null, 401, 404, 404, 404, 404),
            new Row("POST", "/api/networks/inconnu/membership", Json.createObjectBuilder().build(), 401, 404, 404, 404,
                    404),
            new Row("GET", "/api/networks/inconnu/members", null, 401, 404, 404, 404, 404),
            new Row("GET", "/api/networks/inconnu/requests", null, 401, 404, 404, 404, 404),
            new Row("POST", "/api/networks/inconnu/requests/1/accept", Json.createObjectBuilder().build(), 401, 404,
                    404, 404, 404),
            // Contact (network.contact): open to all, accounts or not (an empty body: invalid, never forbidden).
            new Row("GET", "/contact", null, 200, 200, 200, 200, 200),
            new Row("GET", "/api/contact/token", null, 200, 200, 200, 200, 200),
            new Row("POST", "/api/contact", Json.createObjectBuilder().build(), 400, 400, 400, 400, 400),
            new Row("POST", "/api/actors/999999999/contact", Json.createObjectBuilder().build(), 400, 400, 400, 400, 400),
            new Row("GET", "/acteurs/999999999/contact", null, 404, 404, 404, 404, 404),
            // Actions (issue 13): read by all; proposed by contributors, moderators and administrators; the indicator
            // catalogue changed by administrators only.
            new Row("GET", "/actions", null, 200, 200, 200, 200, 200),
            new Row("GET", "/actions/bilan", null, 200, 200, 200, 200, 200),
            new Row("GET", "/actions/bilan.csv", null, 200, 200, 200, 200, 200),
            new Row("GET", "/actions/999999999", null, 404, 404, 404, 404, 404),
            new Row("GET", "/actions/nouvelle", null, 302, 200, 200, 403, 200),
            new Row("GET", "/actions/999999999/modifier", null, 302, 404, 404, 403, 404),
            new Row("GET", "/api/actions", null, 200, 200, 200, 200, 200),
            new Row("GET", "/api/actions/indicators", null, 200, 200, 200, 200, 200),
            new Row("GET", "/api/actions/export", null, 200, 200, 200, 200, 200),
            new Row("GET", "/api/indicators", null, 200, 200, 200, 200, 200),
            new Row("POST", "/api/actions", Json.createObjectBuilder().build(), 401, 400, 400, 403, 400),
            new Row("PUT", "/api/actions/999999999", Json.createObjectBuilder().build(), 401, 400, 400, 403, 400),
            new Row("POST", "/api/actions/999999999/submit", Json.createObjectBuilder().build(), 401, 404, 404, 403, 404),
            new Row("POST", "/api/indicators", Json.createObjectBuilder().build(), 401, 403, 403, 403, 400),
            new Row("PUT", "/api/indicators/hedges-planted-m", Json.createObjectBuilder().build(), 401, 403, 403, 403,
                    400),
            // The network's actors (issue 13): the directory for all; proposing for any account; claims decided by
            // moderators and administrators (who may edit which actor: ActorIT).
            new Row("GET", "/acteurs", null, 200, 200, 200, 200, 200),
            new Row("GET", "/acteurs/999999999", null, 404, 404, 404, 404, 404),
            new Row("GET", "/acteurs/nouveau", null, 302, 200, 200, 200, 200),
            new Row("GET", "/acteurs/999999999/modifier", null, 302, 404, 404, 404, 404),
            new Row("GET", "/api/actors", null, 200, 200, 200, 200, 200),
            new Row("GET", "/api/actors/export?format=csv", null, 200, 200, 200, 200, 200),
            new Row("GET", "/api/actors/999999999", null, 404, 404, 404, 404, 404),
            new Row("POST", "/api/actors", Json.createObjectBuilder().build(), 401, 400, 400, 400, 400),
            new Row("PUT", "/api/actors/999999999", Json.createObjectBuilder().build(), 401, 400, 400, 400, 400),
            new Row("POST", "/api/actors/999999999/submit", Json.createObjectBuilder().build(), 401, 404, 404, 404, 404),
            new Row("POST", "/api/actors/999999999/claims", Json.createObjectBuilder().build(), 401, 404, 404, 404, 404),
            new Row("GET", "/api/actors/claims", null, 401, 403, 200, 403, 200),
            new Row("GET", "/api/actors/999999999/claims", null, 401, 403, 404, 403, 404),
            new Row("POST", "/api/actors/claims/999999999/confirm", Json.createObjectBuilder().build(),
                    401, 403, 404, 403, 404),
            new Row("POST", "/api/actors/claims/999999999/refuse", Json.createObjectBuilder().build(),
                    401, 403, 404, 403, 404),
            // News (issue 14 #4): the list, pages and feeds for all; writing for any account (who may put an item in
            // a network, and edit which item: NewsIT).
            new Row("GET", "/actualites", null, 200, 200, 200, 200, 200),
            new Row("GET", "/actualites/999999999", null, 404, 404, 404, 404, 404),
            new Row("GET", "/actualites/nouvelle", null, 302, 200, 200, 200, 200),
            new Row("GET", "/actualites/999999999/modifier", null, 302, 404, 404, 404, 404),
            new Row("GET", "/actualites.atom", null, 200, 200, 200, 200, 200),
            new Row("GET", "/reseaux/inconnu-" + TARGET + "/actualites.atom", null, 404, 404, 404, 404, 404),
            new Row("GET", "/api/news", null, 200, 200, 200, 200, 200),
            new Row("GET", "/api/news/999999999", null, 404, 404, 404, 404, 404),
            new Row("POST", "/api/news", Json.createObjectBuilder().build(), 401, 400, 400, 400, 400),
            new Row("PUT", "/api/news/999999999", Json.createObjectBuilder().build(), 401, 400, 400, 400, 400),
            new Row("POST", "/api/news/999999999/submit", Json.createObjectBuilder().build(), 401, 404, 404, 404, 404),
            // Proposing an event (issue 14): the roles of POST /api/events (who may put it in a network: EventIT).
            new Row("GET", "/agenda/proposer", null, 302, 200, 200, 200, 200),
            new Row("GET", "/agenda/999999999/modifier", null, 302, 404, 404, 404, 404),
            // A course session's registrants (issue 20): as a webinar's, its trainer and the administrators only.
            new Row("GET", "/webinaires/inscrits/999999999?session=1", null, 302, 403, 404, 404, 404),
            new Row("GET", "/api/webinars/999999999/registrations.csv?session=1", null, 401, 404, 404, 404, 404),
            // Imports of actors and actions (issue 13 #7): moderators and administrators (posting: NetworkImportIT).
            new Row("GET", "/moderation/imports", null, 302, 403, 200, 403, 200),
            new Row("GET", "/moderation/imports/999999999", null, 302, 403, 404, 403, 404),
            new Row("GET", "/moderation/imports/999999999/lignes-refusees.csv", null, 302, 403, 404, 403, 404),
            // The administration console (issue 18 #4): administrators only (its posts: ConsoleIT).
            new Row("GET", "/admin", null, 302, 403, 403, 403, 200),
            new Row("GET", "/admin/imports", null, 302, 403, 403, 403, 200),
            new Row("GET", "/admin/index", null, 302, 403, 403, 403, 200),
            new Row("GET", "/admin/courriels", null, 302, 403, 403, 403, 200),
            new Row("GET", "/admin/sauvegardes", null, 302, 403, 403, 403, 200),
            new Row("GET", "/api/imports/999999999", null, 401, 403, 404, 403, 404),
            new Row("GET", "/api/imports/templates/actions.csv", null, 401, 403, 200, 403, 200),
            // The newsletter (issue 14 #5): subscribing and the archive for all; issues for its animators (moderators,
            // administrators, and networks' animators, who are none of these callers: see NewsletterIT); the benchmark's
            // bulk subscribers for administrators.
            new Row("GET", "/lettre", null, 200, 200, 200, 200, 200),
            new Row("GET", "/lettre/abonnement", null, 200, 200, 200, 200, 200),
            new Row("GET", "/lettre/999999", null, 404, 404, 404, 404, 404),
            new Row("GET", "/lettre/confirmation?jeton=inconnu", null, 200, 200, 200, 200, 200),
            new Row("GET", "/lettre/desabonnement?jeton=inconnu", null, 200, 200, 200, 200, 200),
            new Row("GET", "/lettre/numeros", null, 302, 403, 200, 403, 200),
            new Row("GET", "/lettre/numeros/nouveau", null, 302, 403, 200, 403, 200),
            new Row("GET", "/lettre/numeros/999999999", null, 302, 403, 404, 403, 404),
            new Row("GET", "/lettre/numeros/999999999/apercu", null, 302, 403, 404, 403, 404),
            new Row("GET", "/api/newsletter/token", null, 200, 200, 200, 200, 200),
            new Row("POST", "/api/newsletter/subscriptions", Json.createObjectBuilder().build(), 400, 400, 400, 400, 400),
            new Row("POST", "/api/newsletter/subscriptions/confirm", Json.createObjectBuilder().build(),
                    404, 404, 404, 404, 404),
            new Row("POST", "/api/newsletter/unsubscribe", Json.createObjectBuilder().build(), 404, 404, 404, 404, 404),
            new Row("GET", "/api/newsletter/archive", null, 200, 200, 200, 200, 200),
            new Row("GET", "/api/newsletter/archive/999999", null, 404, 404, 404, 404, 404),
            new Row("GET", "/api/newsletter/issues", null, 401, 403, 200, 403, 200),
            new Row("GET", "/api/newsletter/issues/999999999", null, 401, 403, 404, 403, 404),
            new Row("PUT", "/api/newsletter/issues/999999999", Json.createObjectBuilder().build(), 401, 403, 404, 403, 404),
            new Row("DELETE", "/api/newsletter/issues/999999999", Json.createObjectBuilder().build(),
                    401, 403, 404, 403, 404),
            new Row("POST", "/api/newsletter/issues/999999999/test", Json.createObjectBuilder().build(),
                    401, 403, 404, 403, 404),
            new Row("POST", "/api/newsletter/issues/999999999/send", Json.createObjectBuilder().build(),
                    401, 403, 404, 403, 404),
            new Row("GET", "/api/newsletter/issues/999999999/progress", null, 401, 403, 404, 403, 404),
            new Row("POST", "/api/newsletter/subscribers/bulk", Json.createObjectBuilder().build(),
                    401, 403, 403, 403, 400),
            // A network's mailing list (network.list): accounts only, then its members and animators (per member,
            // animator and outsider: MailingListIT); direct enrolment by administrators only.
            new Row("GET", "/api/networks/inconnu/list/messages", null, 401, 404, 404, 404, 404),
            new Row("GET", "/api/networks/inconnu/list/messages/pending", null, 401, 404, 404, 404, 404),
            new Row("POST", "/api/networks/inconnu/list/messages/1/approve", Json.createObjectBuilder().build(),
                    401, 404, 404, 404, 404),
            new Row("POST", "/api/networks/inconnu/list/messages/1/reject", Json.createObjectBuilder().build(),
                    401, 404, 404, 404, 404),
            new Row("PUT", "/api/networks/inconnu/list/settings", Json.createObjectBuilder().build(),
                    401, 404, 404, 404, 404),
            new Row("PUT", "/api/networks/inconnu/enrolments/" + TARGET, Json.createObjectBuilder()
                    .add("status", "ACCEPTED").build(), 401, 403, 403, 403, 404),
            new Row("GET", "/reseaux/inconnu/liste", null, 404, 404, 404, 404, 404),
            new Row("GET", "/reseaux/inconnu/liste/moderation", null, 404, 404, 404, 404, 404),
            // The network's events (issue 14, « Agenda »): read by all, proposed by any account with a role,
            // registered to by anybody.
            new Row("GET", "/agenda", null, 200, 200, 200, 200, 200),
            new Row("GET", "/agenda.ics", null, 200, 200, 200, 200, 200),
            new Row("GET", "/agenda/999999999", null, 404, 404, 404, 404, 404),
            new Row("GET", "/agenda/999999999.ics", null, 404, 404, 404, 404, 404),
            new Row("GET", "/agenda/999999999/revivre", null, 404, 404, 404, 404, 404),
            // « Soumettre à la modération » is a form's POST only (its author's: EventIT).
            new Row("GET", "/agenda/999999999/soumettre", null, 405, 405, 405, 405, 405),
            new Row("GET", "/api/events", null, 200, 200, 200, 200, 200),
            new Row("GET", "/api/events/999999999", null, 404, 404, 404, 404, 404),
            new Row("GET", "/api/events/999999999/ics", null, 404, 404, 404, 404, 404),
            new Row("POST", "/api/events", Json.createObjectBuilder().build(), 401, 400, 400, 400, 400),
            new Row("PUT", "/api/events/999999999", Json.createObjectBuilder().build(), 401, 400, 400, 400, 400),
            new Row("POST", "/api/events/999999999/submit", Json.createObjectBuilder().build(), 401, 404, 404, 404, 404),
            new Row("POST", "/api/events/999999999/registrations", Json.createObjectBuilder().build(),
                    400, 400, 400, 400, 400),
            // Saved searches (issue 14 #7): any account, its own only; the feeds and the stop link without one; the
            // digest run at once by administrators (another account's search: SavedSearchIT).
            new Row("GET", "/api/saved-searches", null, 401, 200, 200, 200, 200),
            new Row("GET", "/api/saved-searches/999999999", null, 401, 404, 404, 404, 404),
            new Row("POST", "/api/saved-searches", Json.createObjectBuilder().build(), 401, 400, 400, 400, 400),
            new Row("PUT", "/api/saved-searches/999999999", Json.createObjectBuilder().add("name", "x").build(),
                    401, 404, 404, 404, 404),
            new Row("DELETE", "/api/saved-searches/999999999", Json.createObjectBuilder().build(),
                    401, 404, 404, 404, 404),
            new Row("POST", "/api/saved-searches/stop?token=inconnu", Json.createObjectBuilder().build(),
                    404, 404, 404, 404, 404),
            new Row("POST", "/api/saved-searches/digest?at=2000-01-01T00:00:00Z", Json.createObjectBuilder().build(),
                    401, 403, 403, 403, 200),
            new Row("GET", "/compte/alertes", null, 302, 200, 200, 200, 200),
            new Row("GET", "/compte/alertes/nouvelle?recherche=q%3Dhaie", null, 302, 200, 200, 200, 200),
            new Row("GET", "/compte/alertes/999999999", null, 302, 404, 404, 404, 404),
            new Row("GET", "/recherche.atom?q=haie", null, 200, 200, 200, 200, 200),
            new Row("GET", "/alertes/inconnuinconnuinconnu00.atom", null, 404, 404, 404, 404, 404),
            new Row("GET", "/alertes/arret?jeton=inconnu", null, 404, 404, 404, 404, 404),
            // Harvesting (issue 18 #1, #2): open to all, the same for all (what it lists: HarvestIT). OAI-PMH answers
            // its protocol errors with 200 (a JSON body is no form: badVerb), and a post needs no CSRF token.
            new Row("GET", "/oai?verb=Identify", null, 200, 200, 200, 200, 200),
            new Row("POST", "/oai", Json.createObjectBuilder().build(), 200, 200, 200, 200, 200),
            new Row("GET", "/sitemap.xml", null, 200, 200, 200, 200, 200),
            new Row("GET", "/sitemap.xml?part=999999", null, 404, 404, 404, 404, 404),
            new Row("GET", "/robots.txt", null, 200, 200, 200, 200, 200));

    @BeforeAll
    void createOneAccountPerRole() {
        callers.put("anonymous", Caller.ANONYMOUS);
        String suffix = Token.next();
        for (String role : WHO.subList(1, 4)) {
            callers.put(role, Api.createAccount(role + "-" + suffix, role));
        }
        callers.put("admin", Caller.ADMIN);
        Api.createAccount(TARGET, "contributor");
    }

    Stream<Arguments> cases() {
        List<Arguments> cases = new ArrayList<>();
        for (Row row : TABLE) {
            for (int i = 0; i < WHO.size(); i++) {
                cases.add(Arguments.of(row.method() + " " + row.path(), WHO.get(i), row, row.expected()[i]));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} as {1}: {3}")
    @MethodSource("cases")
    void statusDependsOnTheRole(String endpoint, String who, Row row, int expected) {
        Api.Answer answer = row.body() == null
                ? Api.get(row.path(), callers.get(who))
                : Api.send(row.method(), row.path(), callers.get(who), row.body());
        assertEquals(expected, answer.status(), () -> endpoint + " as " + who + ": " + answer.text());
    }
}

package fr.bocage.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.bocage.account.AdminAccountsPage;
import fr.bocage.account.ForgottenPasswordPage;
import fr.bocage.account.LoginPage;
import fr.bocage.account.NewPasswordPage;
import fr.bocage.account.NoticePage;
import fr.bocage.account.RegisterPage;
import fr.bocage.account.oidc.SsoConsentPage;
import fr.bocage.contribution.ContributionPage;
import fr.bocage.contribution.MySpacePage;
import fr.bocage.contribution.ReportFormPage;
import fr.bocage.contribution.UploadPage;
import fr.bocage.moderation.ModerationQueuePage;
import fr.bocage.moderation.ReviewPage;
import fr.bocage.network.actor.ActorDirectoryPage;
import fr.bocage.network.actor.ActorFormPage;
import fr.bocage.network.actor.ActorPage;
import fr.bocage.platform.web.ConfirmationPage;
import fr.bocage.portal.HomePage;
import fr.bocage.portal.InformationPage;
import fr.bocage.portal.ResourcePage;
import fr.bocage.portal.SearchResultsPage;
import fr.bocage.portal.form.RefusedPage;
import fr.bocage.training.course.CourseCataloguePage;
import fr.bocage.training.course.CourseFormPage;
import fr.bocage.training.course.CoursePage;
import fr.bocage.training.registrants.CancelPage;
import fr.bocage.training.registrants.ConfirmPage;
import fr.bocage.training.registrants.RegistrantsPage;
import fr.bocage.training.webinar.WebinarFormPage;
import fr.bocage.training.webinar.WebinarListPage;
import fr.bocage.training.webinar.WebinarPage;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A view reads its one {@code page} record and nothing the servlet did not put there: a misspelt name in a JSP
 * would otherwise render an empty value without a word (see {@code platform.web.Views}).
 */
class ViewPageModelTest {
    private static final Path VIEWS = Path.of("src/main/webapp/WEB-INF/views");

    /** Each typed view and the record its servlet hands it. */
    private static final Map<String, Class<?>> TYPED = Map.ofEntries(
            Map.entry("account/login", LoginPage.class),
            Map.entry("account/register", RegisterPage.class),
            Map.entry("account/notice", NoticePage.class),
            Map.entry("account/forgotten-password", ForgottenPasswordPage.class),
            Map.entry("account/new-password", NewPasswordPage.class),
            Map.entry("account/admin-accounts", AdminAccountsPage.class),
            Map.entry("account/sso-consent", SsoConsentPage.class),
            Map.entry("home", HomePage.class),
            Map.entry("confirmation", ConfirmationPage.class),
            Map.entry("accessibility", InformationPage.class),
            Map.entry("legal-notice", InformationPage.class),
            Map.entry("network-hub", InformationPage.class),
            Map.entry("contribution/my-space", MySpacePage.class),
            Map.entry("moderation/queue", ModerationQueuePage.class),
            Map.entry("training/webinars", WebinarListPage.class),
            Map.entry("search", SearchResultsPage.class),
            Map.entry("resource", ResourcePage.class),
            Map.entry("training/catalogue", CourseCataloguePage.class),
            Map.entry("contribution/upload", UploadPage.class),
            Map.entry("contribution/report", ReportFormPage.class),
            Map.entry("contribution/edit", ContributionPage.class),
            Map.entry("contribution/refused", RefusedPage.class),
            Map.entry("moderation/review", ReviewPage.class),
            Map.entry("training/webinar", WebinarPage.class),
            Map.entry("training/webinar-form", WebinarFormPage.class),
            Map.entry("training/cancel", CancelPage.class),
            Map.entry("training/confirm", ConfirmPage.class),
            Map.entry("training/registrants", RegistrantsPage.class),
            Map.entry("training/course", CoursePage.class),
            Map.entry("network/partnerships", fr.bocage.network.partnership.PartnershipListPage.class),
            Map.entry("network/partnership", fr.bocage.network.partnership.PartnershipPage.class),
            Map.entry("network/programme", fr.bocage.network.partnership.ProgrammePage.class),
            Map.entry("network/partnership-form", fr.bocage.network.partnership.PartnershipFormPage.class),
            Map.entry("training/course-form", CourseFormPage.class),
            Map.entry("network/contact/contact", fr.bocage.network.contact.ContactPage.class),
            Map.entry("network/contact/sent", fr.bocage.network.contact.ContactSentPage.class),
            // Actions (issue 13)
            Map.entry("network/actions", fr.bocage.network.action.ActionDirectoryPage.class),
            Map.entry("network/action", fr.bocage.network.action.ActionPage.class),
            Map.entry("network/results", fr.bocage.network.action.ResultsPage.class),
            Map.entry("network/action-form", fr.bocage.network.action.ActionFormPage.class),
            // The network's actors (issue 13)
            Map.entry("network/actors", ActorDirectoryPage.class),
            Map.entry("network/actor", ActorPage.class),
            Map.entry("network/actor-form", ActorFormPage.class),
            // Networks and membership (issue 14)
            Map.entry("network/networks", fr.bocage.network.membership.NetworkListPage.class),
            Map.entry("network/network", fr.bocage.network.membership.NetworkPage.class),
            Map.entry("network/membership-form", fr.bocage.network.membership.MembershipFormPage.class),
            Map.entry("network/membership-requests", fr.bocage.network.membership.MembershipRequestsPage.class),
            Map.entry("network/members", fr.bocage.network.membership.MembersPage.class),
            Map.entry("network/my-networks", fr.bocage.network.membership.MyNetworksPage.class),
            // News (issue 14 #4)
            Map.entry("network/news", fr.bocage.network.news.NewsPage.class),
            Map.entry("network/news-form", fr.bocage.network.news.NewsFormPage.class),
            Map.entry("network/news-list", fr.bocage.network.news.NewsListPage.class),
            // Imports of actors and actions (issue 13 #7)
            Map.entry("imports/form", fr.bocage.imports.ImportFormPage.class),
            Map.entry("imports/job", fr.bocage.imports.ImportJobPage.class),
            // The administration console (issue 18 #4)
            Map.entry("admin/console", fr.bocage.admin.ConsolePage.class),
            Map.entry("admin/imports", fr.bocage.admin.ConsoleImportsPage.class),
            Map.entry("admin/index", fr.bocage.admin.ConsoleIndexPage.class),
            Map.entry("admin/outbox", fr.bocage.admin.ConsoleOutboxPage.class),
            Map.entry("admin/backups", fr.bocage.backup.BackupsPage.class),
            // The newsletter (issue 14 #5, wip-newsletter)
            Map.entry("network/newsletter/subscribe", fr.bocage.network.newsletter.SubscribePage.class),
            Map.entry("network/newsletter/notice", fr.bocage.network.newsletter.NoticePage.class),
            Map.entry("network/newsletter/token", fr.bocage.network.newsletter.TokenPage.class),
            Map.entry("network/newsletter/archive", fr.bocage.network.newsletter.ArchivePage.class),
            Map.entry("network/newsletter/issue", fr.bocage.network.newsletter.IssuePage.class),
            Map.entry("network/newsletter/issues", fr.bocage.network.newsletter.IssuesPage.class),
            Map.entry("network/newsletter/new-issue", fr.bocage.network.newsletter.NewIssuePage.class),
            Map.entry("network/newsletter/edit", fr.bocage.network.newsletter.EditIssuePage.class),
            // The networks' mailing lists (issue 14 #6)
            Map.entry("network/list", fr.bocage.network.list.ListPage.class),
            Map.entry("network/list-moderation", fr.bocage.network.list.ListModerationPage.class),
            Map.entry("network/list-unsubscribe", fr.bocage.network.list.ListUnsubscribePage.class),
            // The network's events (issue 14, « Agenda »)
            Map.entry("network/agenda", fr.bocage.network.event.AgendaPage.class),
            Map.entry("network/projects", fr.bocage.network.project.ProjectListPage.class),
            Map.entry("network/project", fr.bocage.network.project.ProjectPage.class),
            Map.entry("network/project-form", fr.bocage.network.project.ProjectFormPage.class),
            // Projects' members and private space (issue 15 #2)
            Map.entry("network/project-space", fr.bocage.network.project.ProjectSpacePage.class),
            Map.entry("network/project-members", fr.bocage.network.project.ProjectMembersPage.class),
            Map.entry("network/project-invitation", fr.bocage.network.project.InvitationPage.class),
            Map.entry("network/my-projects", fr.bocage.network.project.MyProjectsPage.class),
            // Self-diagnosis of projects (issue 15 #3)
            Map.entry("network/diagnosis/home", fr.bocage.network.diagnosis.DiagnosisHomePage.class),
            Map.entry("network/diagnosis/builder", fr.bocage.network.diagnosis.QuestionnaireBuilderPage.class),
            Map.entry("network/diagnosis/campaign", fr.bocage.network.diagnosis.CampaignPage.class),
            Map.entry("network/diagnosis/report", fr.bocage.network.diagnosis.ReportPage.class),
            Map.entry("network/diagnosis/comparison", fr.bocage.network.diagnosis.ComparisonPage.class),
            Map.entry("network/event", fr.bocage.network.event.EventPage.class),
            Map.entry("network/event-form", fr.bocage.network.event.EventFormPage.class),
            Map.entry("network/event-relive", fr.bocage.network.event.RelivePage.class),
            // Saved searches and alerts (issue 14 #7)
            Map.entry("alert/saved-searches", fr.bocage.alert.SavedSearchesPage.class),
            Map.entry("alert/form", fr.bocage.alert.SavedSearchFormPage.class),
            Map.entry("alert/stop", fr.bocage.alert.StopAlertPage.class),
            // « Mes abonnements » (issue 14): the sections the features contribute
            Map.entry("my-subscriptions", fr.bocage.portal.subscriptions.SubscriptionsPage.class),
            // The container's error pages: no servlet hands them anything, they read the request's error attributes.
            Map.entry("error/403", NoPage.class),
            Map.entry("error/500", NoPage.class),
            Map.entry("error/status", NoPage.class));

    /** Set for every page by filters and the layout, documented in Views. */
    private static final Set<String> LAYOUT = Set.of("currentUser", "csrfToken");

    private static final Set<String> IMPLICIT = Set.of("pageContext", "pageScope", "requestScope", "sessionScope",
            "applicationScope", "param", "paramValues", "header", "headerValues", "initParam", "cookie");

    private static final Set<String> KEYWORDS = Set.of("empty", "not", "and", "or", "eq", "ne", "lt", "gt", "le", "ge",
            "div", "mod", "true", "false", "null", "instanceof");

    private static final Pattern EXPRESSION = Pattern.compile("[$#]\\{([^}]*)}");
    private static final Pattern STRING = Pattern.compile("'[^']*'|\"[^\"]*\"");
    private static final Pattern PATH = Pattern.compile("(?<![.\\w:])([A-Za-z_]\\w*)((?:\\s*\\.\\s*[A-Za-z_]\\w*)*)(?![\\w:])");
    private static final Pattern VAR = Pattern.compile("\\bvar(?:Status)?=\"(\\w+)\"");
    private static final Pattern INCLUDE = Pattern.compile("<%@\\s*include\\s+file=\"([^\"]+)\"\\s*%>");
    private static final Pattern COMMENT = Pattern.compile("<%--.*?--%>", Pattern.DOTALL);

    /** Stands for the views that get no page record: a {@code ${page…}} there is an error too. */
    private record NoPage() {
    }

    @Test
    void everyViewIsTyped() throws IOException {
        Set<String> views;
        try (Stream<Path> files = Files.walk(VIEWS)) {
            views = files.filter(f -> f.toString().endsWith(".jsp"))
                    .map(f -> VIEWS.relativize(f).toString().replace('\\', '/').replaceAll("\\.jsp$", ""))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        assertEquals(views, new TreeSet<>(TYPED.keySet()), "a new view gets a page record (TYPED), a removed one leaves it");
    }

    @Test
    void typedViewsReadOnlyTheirPageRecord() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, Class<?>> typed : TYPED.entrySet()) {
            String text = expanded(VIEWS.resolve(typed.getKey() + ".jsp"));
            Set<String> vars = new TreeSet<>();
            VAR.matcher(text).results().forEach(m -> vars.add(m.group(1)));
            Matcher expression = EXPRESSION.matcher(text);
            while (expression.find()) {
                String body = STRING.matcher(expression.group(1)).replaceAll("''");
                Matcher path = PATH.matcher(body);
                while (path.find()) {
                    String root = path.group(1);
                    if (KEYWORDS.contains(root) || IMPLICIT.contains(root) || LAYOUT.contains(root)
                            || vars.contains(root)) {
                        continue;
                    }
                    if (!root.equals("page") || typed.getValue() == NoPage.class) {
                        problems.add(typed.getKey() + ": ${" + expression.group(1) + "} reads « " + root
                                + " », not on its page record");
                        continue;
                    }
                    String missing = missing(typed.getValue(), path.group(2).replaceAll("\\s", ""));
                    if (missing != null) {
                        problems.add(typed.getKey() + ": ${" + expression.group(1) + "}: " + missing);
                    }
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    /** The first property of {@code .a.b…} the class does not have, while its types are Bocage's own. */
    private static String missing(Class<?> type, String properties) {
        for (String property : properties.split("\\.")) {
            if (property.isEmpty()) {
                continue;
            }
            if (!type.getName().startsWith("fr.bocage.")) {
                return null;
            }
            Method accessor = accessor(type, property);
            if (accessor == null) {
                return type.getSimpleName() + " has no « " + property + " »";
            }
            type = accessor.getReturnType();
        }
        return null;
    }

    private static Method accessor(Class<?> type, String property) {
        if (type.isRecord()) {
            for (RecordComponent component : type.getRecordComponents()) {
                if (component.getName().equals(property)) {
                    return component.getAccessor();
                }
            }
        }
        String capitalised = Character.toUpperCase(property.charAt(0)) + property.substring(1);
        for (Method method : type.getMethods()) {
            if (method.getParameterCount() == 0 && !Modifier.isStatic(method.getModifiers())
                    && (method.getName().equals(property) || method.getName().equals("get" + capitalised)
                    || method.getName().equals("is" + capitalised))) {
                return method;
            }
        }
        return null;
    }

    /** The view with its static includes in place, without JSP comments. */
    private static String expanded(Path file) throws IOException {
        String text = COMMENT.matcher(Files.readString(file, StandardCharsets.UTF_8)).replaceAll("");
        Matcher include = INCLUDE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (include.find()) {
            include.appendReplacement(out, Matcher.quoteReplacement(expanded(file.resolveSibling(include.group(1)).normalize())));
        }
        include.appendTail(out);
        return out.toString();
    }
}

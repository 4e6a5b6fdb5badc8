package fr.bocage.network.actor;

import fr.bocage.network.contact.ContactPages;

import fr.bocage.catalog.Resource;
import fr.bocage.catalog.ResourceDescription;
import fr.bocage.catalog.ResourceRepository;
import fr.bocage.catalog.ResourceStatus;
import fr.bocage.catalog.Workflow;
import fr.bocage.catalog.WorkflowAction;
import fr.bocage.platform.Messages;
import fr.bocage.platform.rest.ApiNames;
import fr.bocage.platform.security.Caller;
import fr.bocage.platform.web.Routes;
import fr.bocage.search.FacetDimension;
import fr.bocage.search.FacetVocabulary;
import fr.bocage.search.SearchEngine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/** Builds an actor's page for its reader, who may see it (the servlet asked the one access decision). */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ActorPageModel {
    private static final int RESOURCES = 20;
    private static final int SIMILAR = 5;

    @Inject
    FacetVocabulary vocabulary;

    @Inject
    ResourceRepository resources;

    @Inject
    ClaimService claims;

    @Inject
    SearchEngine engine;

    @Inject
    ContactPages contact;

    /** Whatever feature tells what actors did; none yet is fine (the section then says nothing was recorded). */
    @Inject
    Instance<ActorActivities> activities;

    ActorPage of(Resource resource, Actor actor, Caller reader) {
        ResourceDescription d = resource.description();
        Workflow.Actor who = Workflow.Actor.of(reader, resource);
        boolean editable = Workflow.editVerdict(resource.getStatus(), who) == Workflow.Verdict.ALLOWED;
        boolean maySubmit = Workflow.verdict(resource.getStatus(), WorkflowAction.SUBMIT, who)
                == Workflow.Verdict.ALLOWED;
        return new ActorPage(resource.getId(), resource.getTitle(), d.summary(), actor.getKind().label(),
                actor.getSiren(), actor.getCommune(), Countries.name(actor.getCountry()), label(FacetDimension.TERRITORY, d.territory()),
                d.themes().stream().map(t -> label(FacetDimension.THEME, t)).toList(), actor.getWebsite(),
                actor.getEngagement() == null ? null : actor.getEngagement().label(), actor.getEngagedSince(),
                resource.getStatus() == ResourceStatus.PUBLISHED ? null
                        : Messages.get("workflow.status." + ApiNames.of(resource.getStatus())),
                editable ? ActorPages.edit(resource.getId()) : null, maySubmit,
                representation(resource, reader), claimRows(resource.getId(), reader), activities(resource.getId()),
                made(resource), resource.isPublished() ? similar(resource.getId()) : List.of(),
                resource.isPublished() ? contact.formToActor(resource.getId()) : null);
    }

    private ActorPage.Representation representation(Resource resource, Caller reader) {
        Optional<Claim> mine = claims.of(resource.getId(), reader.username());
        boolean maintains = resource.maintainedBy(reader.username());
        boolean mayClaim = reader.username() != null && resource.isPublished() && mine.isEmpty()
                && !resource.ownedBy(reader.username());
        return new ActorPage.Representation(reader.username() != null, mayClaim,
                mine.map(c -> c.getStatus().label()).orElse(null), maintains);
    }

    private List<ActorPage.ClaimRow> claimRows(long id, Caller reader) {
        if (!reader.moderator()) {
            return List.of();
        }
        return claims.ofActor(id).stream().map(c -> new ActorPage.ClaimRow(c.getId(), c.getUsername(),
                c.getStatus().label(), c.getStatus() == ClaimStatus.PENDING)).toList();
    }

    private List<ActorPage.ActivitySection> activities(long id) {
        return activities.stream().map(a -> new ActorPage.ActivitySection(a.heading(), a.of(id)))
                .filter(section -> !section.items().isEmpty()).toList();
    }

    private List<ActorPage.Link> made(Resource actor) {
        return resources.publishedOfOrganisation(actor.getTitle(), actor.getId(), RESOURCES).stream()
                .map(r -> new ActorPage.Link(r.getTitle(), Routes.resource(r.getId()))).toList();
    }

    /** Published content like the actor, of any kind: the index holds published entries only. */
    private List<ActorPage.Link> similar(long id) {
        return engine.similarTo(id).stream().limit(SIMILAR)
                .map(h -> new ActorPage.Link(h.title(), Routes.resource(h.id()))).toList();
    }

    private String label(FacetDimension dimension, String code) {
        return code == null ? null : vocabulary.label(dimension.parameter(), code);
    }
}

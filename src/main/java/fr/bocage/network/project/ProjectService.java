package fr.bocage.network.project;

import fr.bocage.account.AccountRepository;
import fr.bocage.network.actor.ActorDirectory;
import fr.bocage.platform.Messages;
import fr.bocage.platform.error.Conflict;
import fr.bocage.platform.error.Forbidden;
import fr.bocage.platform.error.InvalidInput;
import fr.bocage.platform.rest.ApiNames;
import fr.bocage.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Creating and describing projects. Input that passed Bean Validation is checked against what exists: partners are
 * published actors, coordinators accounts, outputs published resources of their type; dates in order, actions within
 * the project's period. Every refusal names its field, as the API's paths do ({@code plan[1].endDate}).
 */
@ApplicationScoped
public class ProjectService {

    @Inject
    ProjectRepository projects;

    @Inject
    ActorDirectory actors;

    @Inject
    AccountRepository accounts;

    @Inject
    ProjectOutputs outputs;

    @Transactional
    public Project create(ProjectInput input, Caller caller) {
        if (!ProjectAccess.mayCreate(caller)) {
            throw new Forbidden(Messages.get("project.create.forbidden"));
        }
        if (projects.find(input.slug()).isPresent()) {
            throw new Conflict(Messages.format("project.slug.taken", input.slug()));
        }
        Set<String> coordinators = new LinkedHashSet<>(input.coordinators());
        // Whoever starts a project coordinates it, unless an administrator starts it for others.
        if (coordinators.isEmpty() || !caller.admin()) {
            coordinators.add(caller.username());
        }
        Project project = new Project(input.slug(), caller.username());
        project.describe(details(input, List.copyOf(coordinators)));
        projects.persist(project);
        return project;
    }

    /** Describes the project anew; its slug stays. */
    @Transactional
    public Project update(String slug, ProjectInput input, Caller caller) {
        Project project = projects.editableBy(slug, caller);
        List<String> coordinators = input.coordinators().isEmpty() ? List.copyOf(project.getCoordinators())
                : List.copyOf(new LinkedHashSet<>(input.coordinators()));
        project.describe(details(input, coordinators));
        return project;
    }

    private ProjectDetails details(ProjectInput input, List<String> coordinators) {
        Map<String, String> refused = new LinkedHashMap<>();
        if (input.endDate().isBefore(input.startDate())) {
            refused.put("endDate", Messages.get("project.dates.order"));
        }
        List<Partner> partners = new ArrayList<>();
        Set<Long> technical = new LinkedHashSet<>(input.technicalPartners());
        partners(input.partners(), technical, false, "partners", partners, refused);
        partners(technical, Set.of(), true, "technicalPartners", partners, refused);
        for (String coordinator : coordinators) {
            if (accounts.findByUsername(coordinator).isEmpty()) {
                refused.putIfAbsent("coordinators", Messages.format("project.coordinator.unknown", coordinator));
            }
        }
        List<WorkDetails> plan = new ArrayList<>();
        Set<Integer> numbers = new HashSet<>();
        for (int i = 0; i < input.plan().size(); i++) {
            plan.add(work(input.plan().get(i), "plan[" + i + "].", input, numbers, refused));
        }
        if (!refused.isEmpty()) {
            String first = refused.values().iterator().next();
            throw new InvalidInput(InvalidInput.Reason.INVALID, first, refused);
        }
        return new ProjectDetails(input.title(), input.acronym(), input.summary(), input.purpose(), input.startDate(),
                input.endDate(), Boolean.TRUE.equals(input.published()) ? ProjectState.PUBLISHED : ProjectState.DRAFT,
                input.funders().stream().map(f -> new Funder(f.name(), f.rate())).toList(), partners, coordinators,
                plan);
    }

    /** Partners in the order given, once each; one listed as technical too is a technical partner only. */
    private void partners(Iterable<Long> ids, Set<Long> except, boolean technical, String field,
            List<Partner> partners, Map<String, String> refused) {
        Set<Long> seen = new HashSet<>();
        for (Long id : ids) {
            if (except.contains(id) || !seen.add(id)) {
                continue;
            }
            if (actors.listed(id).isEmpty()) {
                refused.putIfAbsent(field, Messages.format("project.partner.unknown", String.valueOf(id)));
            }
            partners.add(new Partner(id, technical));
        }
    }

    private WorkDetails work(ProjectInput.WorkInput w, String path, ProjectInput project, Set<Integer> numbers,
            Map<String, String> refused) {
        if (!numbers.add(w.number())) {
            refused.putIfAbsent(path + "number", Messages.format("project.action.number.taken", String.valueOf(w.number())));
        }
        if (w.endDate().isBefore(w.startDate())) {
            refused.putIfAbsent(path + "endDate", Messages.get("project.dates.order"));
        } else if (outside(w.startDate(), project) || outside(w.endDate(), project)) {
            refused.putIfAbsent(path + "startDate", Messages.get("project.action.outside"));
        }
        List<Output> produced = new ArrayList<>();
        produced(OutputKind.RESOURCE, w.resources(), path + "resources", produced, refused);
        produced(OutputKind.EVENT, w.events(), path + "events", produced, refused);
        produced(OutputKind.WEBINAR, w.webinars(), path + "webinars", produced, refused);
        return new WorkDetails(w.number(), w.title(), ApiNames.parse(WorkKind.class, w.kind()).orElseThrow(),
                w.description(), w.startDate(), w.endDate(), ApiNames.parse(WorkStatus.class, w.status()).orElseThrow(),
                produced);
    }

    private void produced(OutputKind kind, List<Long> ids, String field, List<Output> produced,
            Map<String, String> refused) {
        for (Long id : new LinkedHashSet<>(ids)) {
            if (!outputs.linkable(kind, id)) {
                refused.putIfAbsent(field, Messages.format("project.output.unknown." + ApiNames.of(kind), String.valueOf(id)));
            }
            produced.add(new Output(kind, id));
        }
    }

    private static boolean outside(LocalDate date, ProjectInput project) {
        return date.isBefore(project.startDate()) || date.isAfter(project.endDate());
    }
}

package fr.bocage.network.diagnosis;

import fr.bocage.network.project.Project;
import fr.bocage.platform.Messages;
import fr.bocage.platform.error.NotFound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The questionnaires, campaigns and answers of projects; one found by id is unknown outside its project. */
@ApplicationScoped
public class DiagnosisRepository {

    @PersistenceContext(unitName = "bocage")
    EntityManager em;

    public List<Questionnaire> questionnaires(Project project) {
        return em.createNamedQuery(Questionnaire.OF_PROJECT, Questionnaire.class)
                .setParameter("project", project.getId()).getResultList();
    }

    public Questionnaire questionnaire(Project project, long id) {
        return Optional.ofNullable(em.find(Questionnaire.class, id)).filter(q -> q.getProjectId() == project.getId())
                .orElseThrow(() -> new NotFound(Messages.format("diagnosis.questionnaire.not-found", id)));
    }

    public List<Campaign> campaigns(Project project) {
        return em.createNamedQuery(Campaign.OF_PROJECT, Campaign.class).setParameter("project", project.getId())
                .getResultList();
    }

    public Campaign campaign(Project project, long id) {
        return Optional.ofNullable(em.find(Campaign.class, id)).filter(c -> c.getProjectId() == project.getId())
                .orElseThrow(() -> new NotFound(Messages.format("diagnosis.campaign.not-found", id)));
    }

    /** Whether any organisation answered the version, draft or not: it may then no longer change. */
    boolean answered(Questionnaire questionnaire) {
        return em.createNamedQuery(Campaign.ANSWERED, Long.class).setParameter("questionnaire", questionnaire.getId())
                .getSingleResult() > 0;
    }

    public List<Answer> answers(Campaign campaign) {
        return em.createNamedQuery(Answer.OF_CAMPAIGN, Answer.class).setParameter("campaign", campaign.getId())
                .getResultList();
    }

    public Optional<Answer> answer(Campaign campaign, long actorId) {
        return em.createNamedQuery(Answer.ONE, Answer.class).setParameter("campaign", campaign.getId())
                .setParameter("actor", actorId).getResultStream().findFirst();
    }

    /** The submitted answers of all those campaigns, in one query. */
    List<Answer> submitted(Collection<Long> campaigns) {
        return campaigns.isEmpty() ? List.of() : em.createNamedQuery(Answer.SUBMITTED_IN, Answer.class)
                .setParameter("campaigns", campaigns).getResultList();
    }

    /** A submitted answer's section percents as kept at its save (JSON), without its responses. */
    record KeptScores(long id, long campaignId, long actorId, String sectionScores) {
    }

    /** The kept scores of all those campaigns' submitted answers, in one query that reads no responses. */
    List<KeptScores> keptScores(Collection<Long> campaigns) {
        return campaigns.isEmpty() ? List.of() : em.createNamedQuery(Answer.SCORED_IN, Object[].class)
                .setParameter("campaigns", campaigns).getResultStream()
                .map(row -> new KeptScores((Long) row[0], (Long) row[1], (Long) row[2], (String) row[3])).toList();
    }

    /** Those answers, in one query. */
    List<Answer> answersById(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : em.createQuery("SELECT a FROM Answer a WHERE a.id IN :ids", Answer.class)
                .setParameter("ids", ids).getResultList();
    }

    /** The names of those organisations (actors of the directory), in one query; an unknown one is absent. */
    Map<Long, String> names(Collection<Long> actorIds) {
        Map<Long, String> names = new HashMap<>();
        if (!actorIds.isEmpty()) {
            em.createQuery("SELECT r.id, r.title FROM Resource r WHERE r.id IN :ids", Object[].class)
                    .setParameter("ids", actorIds).getResultList()
                    .forEach(row -> names.put((Long) row[0], (String) row[1]));
        }
        return names;
    }

    void persist(Object entity) {
        em.persist(entity);
    }

    void flush() {
        em.flush();
    }
}

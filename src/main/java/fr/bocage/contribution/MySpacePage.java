package fr.bocage.contribution;

import fr.bocage.portal.RunTrainings.RunTraining;
import java.util.List;

/** The contributor's dashboard: their contributions and, for a trainer, the trainings they run. */
public record MySpacePage(List<ContributionRow> contributions, List<RunTraining> trainings) {
}

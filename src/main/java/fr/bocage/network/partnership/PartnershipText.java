package fr.bocage.network.partnership;

import fr.bocage.catalog.Resource;
import fr.bocage.catalog.ResourceRepository;
import fr.bocage.catalog.ResourceText;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A partnership is found by its objectives, its parties' names and its programme's, before the words of its
 * convention: « Interreg » or a Parc's name finds the conventions they are part of.
 */
@ApplicationScoped
public class PartnershipText implements ResourceText {

    @Inject
    PartnershipRepository partnerships;

    @Inject
    ProgrammeRepository programmes;

    @Inject
    ResourceRepository resources;

    @Override
    public Optional<String> of(Resource resource) {
        if (!PartnershipRepository.TYPE.equals(resource.description().type())) {
            return Optional.empty();
        }
        return partnerships.find(resource.getId()).map(p -> Stream.concat(
                Stream.of(resource.description().summary(),
                        p.getProgrammeId() == null ? null
                                : programmes.find(p.getProgrammeId()).map(Programme::getName).orElse(null)),
                Stream.concat(p.getObjectives().stream(),
                        p.getParties().stream().map(id -> resources.find(id).filter(Resource::isPublished)
                                .map(Resource::getTitle).orElse(null))))
                .filter(t -> t != null && !t.isBlank()).collect(Collectors.joining("\n\n")));
    }
}

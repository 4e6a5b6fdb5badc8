package fr.bocage.network.membership;

import fr.bocage.catalog.Vocabularies;
import fr.bocage.catalog.VocabularyKind;
import fr.bocage.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/** The records of the networks' pages, read in one transaction each. */
@ApplicationScoped
public class NetworkPages {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.FRENCH)
            .withZone(ZoneId.of("Europe/Paris"));

    @Inject
    Networks networks;

    @Inject
    Memberships memberships;

    @Inject
    MemberDirectory directory;

    @Inject
    Vocabularies vocabularies;

    @Inject
    Instance<NetworkSection> sections;

    @Transactional
    public NetworkListPage list() {
        return new NetworkListPage(networks.all().stream().map(n -> new NetworkListPage.Row(n.getName(),
                NetworkPaths.page(n.getSlug()), n.getDescription(), territory(n.getTerritory()))).toList());
    }

    @Transactional
    public NetworkPage page(Network network, Caller caller, String notice) {
        String standing = caller.username() == null ? "anonymous"
                : memberships.of(network, caller.username()).map(m -> m.getStatus().name().toLowerCase(Locale.ROOT))
                        .orElse("none");
        List<String> animators = network.getAnimators().stream().map(directory::nameOf).sorted().toList();
        List<NetworkPage.Section> shown = sections.stream()
                .sorted(Comparator.comparingInt(NetworkSection::position).thenComparing(NetworkSection::heading))
                .map(s -> new NetworkPage.Section(s.heading(), s.of(network, caller)))
                .filter(s -> !s.items().isEmpty()).toList();
        return new NetworkPage(network.getName(), network.getSlug(), network.getDescription(),
                territory(network.getTerritory()), animators, standing,
                memberships.isInside(network, caller.username()), MembershipService.decides(network, caller), notice,
                shown);
    }

    @Transactional
    public MembershipRequestsPage requests(Network network, List<Member> pending, String notice,
            MembershipLabels labels) {
        return new MembershipRequestsPage(network.getName(), network.getSlug(), pending.stream().map(m -> {
            MemberProfile p = m.getProfile();
            return new MembershipRequestsPage.Row(m.getId(), directory.nameOf(m.getUsername()),
                    labels.email(m.getUsername()), labels.organisation(p.actorId()), p.role(),
                    territory(p.territory()), String.join(", ", p.interests().stream()
                            .map(t -> vocabularies.label(VocabularyKind.THEME, t)).sorted().toList()),
                    day(m.getRequestedAt()));
        }).toList(), notice);
    }

    @Transactional
    public MyNetworksPage mine(String username) {
        List<Member> all = memberships.allOf(username);
        List<MyNetworksPage.Row> member = rows(all, MemberStatus.ACCEPTED, m -> fr.bocage.platform.Messages.format("membership.mine.since", day(m.getDecidedAt())));
        List<MyNetworksPage.Row> pending = rows(all, MemberStatus.PENDING, m -> fr.bocage.platform.Messages.format("membership.mine.requested", day(m.getRequestedAt())));
        List<MyNetworksPage.Row> animated = networks.animatedBy(username).stream().map(n -> new MyNetworksPage.Row(
                n.getName(), NetworkPaths.requests(n.getSlug()),
                fr.bocage.platform.Messages.format("membership.mine.waiting",
                        memberships.inStatus(n, MemberStatus.PENDING).size()))).toList();
        return new MyNetworksPage(member, pending, animated);
    }

    private List<MyNetworksPage.Row> rows(List<Member> all, MemberStatus status,
            java.util.function.Function<Member, String> detail) {
        return all.stream().filter(m -> m.getStatus() == status)
                .map(m -> networks.find(m.getNetworkId()).map(n -> new MyNetworksPage.Row(n.getName(),
                        NetworkPaths.page(n.getSlug()), detail.apply(m))))
                .flatMap(Optional::stream).toList();
    }

    private String territory(String code) {
        return code == null ? null : vocabularies.label(VocabularyKind.TERRITORY, code);
    }

    static String day(Instant instant) {
        return instant == null ? "" : DAY.format(Objects.requireNonNull(instant));
    }
}

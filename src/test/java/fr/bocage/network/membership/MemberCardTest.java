package fr.bocage.network.membership;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A member's card shows their name always, and of the rest only what they chose to show. */
class MemberCardTest {
    private static final MemberCard.Known KNOWN = new MemberCard.Known("Louise Martin", "louise@example.org",
            "CPIE du Cotentin", "/acteurs/12", "Normandie");

    private static Member member(boolean organisation, boolean role, boolean territory, boolean email) {
        Member member = new Member(1, "louise@example.org");
        member.request(new MemberProfile(12L, "Chargée de mission", "normandie", Set.of("water"), organisation, role,
                territory, email, true), Instant.now());
        return member;
    }

    @Test
    void everythingChosenIsShown() {
        assertEquals(new MemberCard("Louise Martin", "CPIE du Cotentin", "/acteurs/12", "Chargée de mission",
                "Normandie", "louise@example.org"), MemberCard.of(member(true, true, true, true), KNOWN));
    }

    @Test
    void nothingChosenLeavesTheNameAlone() {
        assertEquals(new MemberCard("Louise Martin", null, null, null, null, null),
                MemberCard.of(member(false, false, false, false), KNOWN));
    }

    @Test
    void theAddressIsShownOnlyWhenChosen() {
        MemberCard card = MemberCard.of(member(true, true, true, false), KNOWN);
        assertNull(card.email());
        assertEquals("CPIE du Cotentin", card.organisation());
    }

    @Test
    void aNewRequestAfterLeavingWaitsAgainOnTheSameRow() {
        Member member = member(true, true, true, true);
        member.decide(true, "animatrice", null, Instant.now());
        member.leave(Instant.now());
        assertEquals(MemberStatus.LEFT, member.getStatus());
        member.request(member.getProfile(), Instant.now());
        assertEquals(MemberStatus.PENDING, member.getStatus());
        assertNull(member.getDecidedBy());
    }
}

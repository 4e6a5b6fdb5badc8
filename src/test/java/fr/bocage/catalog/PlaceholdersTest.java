package fr.bocage.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PlaceholdersTest {

    @ParameterizedTest
    @ValueSource(strings = {"Document1", "Document 12", "document", "Doc1", "Untitled", "Sans titre", "Titre",
        "Présentation PowerPoint", "Diapositive 1", "Classeur1", "Microsoft Word - Document1.docx", "  "})
    void placeholderTitlesAreIgnored(String title) {
        assertEquals(Optional.empty(), Placeholders.title(title));
    }

    @ParameterizedTest
    @CsvSource({
        "Microsoft Word - Plan de gestion des haies.docx, Plan de gestion des haies",
        "Restauration des mares temporaires, Restauration des mares temporaires",
        "Document unique d'évaluation des risques, Document unique d'évaluation des risques"})
    void realTitlesAreKeptWithoutTheProgramsPrefix(String found, String kept) {
        assertEquals(Optional.of(kept), Placeholders.title(found));
    }

    @ParameterizedTest
    @ValueSource(strings = {"PC-ACCUEIL", "DESKTOP-4F3K2LQ", "poste_compta", "Utilisateur Windows", "User", "admin",
        "Microsoft Office User"})
    void machineAndAccountNamesAreNoAuthors(String name) {
        assertFalse(Placeholders.isAuthor(name));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Claire Le Gall", "CPIE Pays de Morlaix", "Erwan", "PNR d'Armorique"})
    void peopleAndOrganisationsAreAuthors(String name) {
        assertTrue(Placeholders.isAuthor(name));
    }
}

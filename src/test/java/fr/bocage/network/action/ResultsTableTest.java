package fr.bocage.network.action;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The in-memory results: exact sums, largest values and counts of actions, by year, territory, theme and scheme,
 * under filters; what changes on a withdrawal or an edit. The table holds published actions only (its loader's
 * query, checked on Derby by {@link ResultsTableDerbyTest}); here, what is not in it counts nowhere.
 */
class ResultsTableTest {
    private static final List<Indicator> CATALOGUE = List.of(
            new Indicator("hedges-planted-m", "Haies plantées", "m", Aggregation.SUM, 1),
            new Indicator("species-inventoried", "Espèces inventoriées", null, Aggregation.MAX, 2),
            new Indicator("communes-engaged", "Communes engagées", null, Aggregation.COUNT, 3),
            new Indicator("ponds-created", "Mares créées", null, Aggregation.SUM, 4));

    private static ActionFacts action(long id, String territory, String scheme, String progress, List<String> themes,
            String... values) {
        return new ActionFacts(id, territory, scheme, progress, themes, Arrays.stream(values).map(v -> {
            String[] parts = v.split(" ");
            return new ActionFacts.Value(parts[0], Integer.parseInt(parts[1]), new BigDecimal(parts[2]));
        }).toList());
    }

    private static final ResultsTable TABLE = ResultsTable.of(List.of(
            action(1, "bretagne", "natura-2000", "ONGOING", List.of("water", "biodiversity"),
                    "hedges-planted-m 2021 100", "hedges-planted-m 2022 250.50", "communes-engaged 2022 7",
                    "species-inventoried 2021 40", "species-inventoried 2022 65"),
            action(2, "guadeloupe", null, "COMPLETED", List.of("water"),
                    "hedges-planted-m 2022 50", "species-inventoried 2022 70", "communes-engaged 2023 3"),
            action(3, null, "engaged-for-nature", "PLANNED", List.of(),
                    "hedges-planted-m 2023 10")));

    @Test
    void totalsFollowEachIndicatorsAggregation() {
        Results results = ActionResults.withCodes(TABLE, CATALOGUE, ResultsFilter.NONE);
        assertEquals(List.of("hedges-planted-m=410.5/3", "species-inventoried=70/2", "communes-engaged=2/2",
                "ponds-created=null/0"), results.indicators().stream()
                .map(t -> t.code() + "=" + plain(t.total()) + "/" + t.actions()).toList());
    }

    @Test
    void byYearTheValuesOfThatYear() {
        assertEquals(Map.of("2021", "{hedges-planted-m=100, species-inventoried=40}",
                "2022", "{hedges-planted-m=300.5, species-inventoried=70, communes-engaged=1}",
                "2023", "{hedges-planted-m=10, communes-engaged=1}"), breakdown(ResultsFilter.NONE, "year"));
    }

    @Test
    void byTerritoryWithTheUntoldAsItsOwnRow() {
        assertEquals(Map.of("bretagne", "{hedges-planted-m=350.5, species-inventoried=65, communes-engaged=1}",
                "guadeloupe", "{hedges-planted-m=50, species-inventoried=70, communes-engaged=1}",
                "null", "{hedges-planted-m=10}"), breakdown(ResultsFilter.NONE, "territory"));
    }

    @Test
    void byThemeAnActionCountsInEachOfItsThemesAndWithoutThemeInNone() {
        assertEquals(Map.of("water", "{hedges-planted-m=400.5, species-inventoried=70, communes-engaged=2}",
                "biodiversity", "{hedges-planted-m=350.5, species-inventoried=65, communes-engaged=1}"),
                breakdown(ResultsFilter.NONE, "theme"));
    }

    @Test
    void bySchemeWithTheUntoldAsItsOwnRow() {
        assertEquals(Map.of("natura-2000", "{hedges-planted-m=350.5, species-inventoried=65, communes-engaged=1}",
                "engaged-for-nature", "{hedges-planted-m=10}",
                "null", "{hedges-planted-m=50, species-inventoried=70, communes-engaged=1}"),
                breakdown(ResultsFilter.NONE, "scheme"));
    }

    @Test
    void filtersKeepAnyOfTheirValuesAndAllFiltersAtOnce() {
        ResultsFilter water2022 = new ResultsFilter(List.of(), List.of("water"), List.of(), List.of(), List.of(2022));
        assertEquals(List.of("hedges-planted-m=300.5/2", "species-inventoried=70/2", "communes-engaged=1/1",
                "ponds-created=null/0"), totals(water2022));
        ResultsFilter all = new ResultsFilter(List.of("bretagne", "guadeloupe"), List.of("biodiversity"),
                List.of("natura-2000"), List.of("ongoing"), List.of(2022));
        assertEquals(List.of("hedges-planted-m=250.5/1", "species-inventoried=65/1", "communes-engaged=1/1",
                "ponds-created=null/0"), totals(all));
        ResultsFilter completed = new ResultsFilter(List.of(), List.of(), List.of(), List.of("completed", "planned"),
                List.of());
        assertEquals(List.of("hedges-planted-m=60/2", "species-inventoried=70/1", "communes-engaged=1/1",
                "ponds-created=null/0"), totals(completed));
    }

    @Test
    void aCodeNoActionUsesKeepsNothing() {
        ResultsFilter unknown = new ResultsFilter(List.of("corse"), List.of(), List.of(), List.of(), List.of(1999));
        assertEquals(List.of("hedges-planted-m=null/0", "species-inventoried=null/0", "communes-engaged=null/0",
                "ponds-created=null/0"), totals(unknown));
        assertEquals(Map.of(), breakdown(unknown, "year"));
    }

    @Test
    void aWithdrawnActionNoLongerCountsAndAnEditReplacesItsValues() {
        ResultsTable withdrawn = TABLE.with(Map.of(1L, Optional.empty()));
        assertEquals(List.of("hedges-planted-m=60/2", "species-inventoried=70/1", "communes-engaged=1/1",
                "ponds-created=null/0"), totals(withdrawn, ResultsFilter.NONE));
        assertEquals(2, withdrawn.actions());
        assertEquals(3 + 1, withdrawn.values());
        assertEquals(List.of("hedges-planted-m=410.5/3", "species-inventoried=70/2", "communes-engaged=2/2",
                "ponds-created=null/0"), totals(ResultsFilter.NONE), "the table read before is left as it was");

        ResultsTable edited = withdrawn.with(Map.of(3L, Optional.of(action(3, "bretagne", null, "COMPLETED",
                List.of("water"), "ponds-created 2024 2", "ponds-created 2025 3")), 4L, Optional.empty()));
        assertEquals(List.of("hedges-planted-m=50/1", "species-inventoried=70/1", "communes-engaged=1/1",
                "ponds-created=5/1"), totals(edited, ResultsFilter.NONE));
        assertEquals(Map.of("bretagne", "{ponds-created=5}", "guadeloupe",
                "{hedges-planted-m=50, species-inventoried=70, communes-engaged=1}"),
                breakdown(edited, ResultsFilter.NONE, "territory"));
    }

    @Test
    void anIndicatorOutsideTheCatalogueIsLeftOutAndAnEmptyTableHasNoFigure() {
        ResultsTable table = ResultsTable.of(List.of(action(9, "bretagne", null, "ONGOING", List.of(),
                "retired-indicator 2022 5")));
        assertEquals(List.of("hedges-planted-m=null/0", "species-inventoried=null/0", "communes-engaged=null/0",
                "ponds-created=null/0"), totals(table, ResultsFilter.NONE));
        assertEquals(Map.of(), breakdown(table, ResultsFilter.NONE, "territory"));
        Results empty = ActionResults.withCodes(ResultsTable.EMPTY, CATALOGUE, ResultsFilter.NONE);
        assertNull(empty.indicators().get(0).total());
    }

    @Test
    void largeAmountsStayExact() {
        ResultsTable table = ResultsTable.of(List.of(
                action(1, null, null, "ONGOING", List.of(), "hedges-planted-m 2022 99999999999999.99"),
                action(2, null, null, "ONGOING", List.of(), "hedges-planted-m 2022 99999999999999.99"),
                action(3, null, null, "ONGOING", List.of(), "hedges-planted-m 2022 0.01")));
        assertEquals("199999999999999.99", plain(ActionResults.withCodes(table, CATALOGUE, ResultsFilter.NONE)
                .indicators().get(0).total()));
    }

    private static List<String> totals(ResultsFilter filter) {
        return totals(TABLE, filter);
    }

    private static List<String> totals(ResultsTable table, ResultsFilter filter) {
        return ActionResults.withCodes(table, CATALOGUE, filter).indicators().stream()
                .map(t -> t.code() + "=" + plain(t.total()) + "/" + t.actions()).toList();
    }

    private static Map<String, String> breakdown(ResultsFilter filter, String dimension) {
        return breakdown(TABLE, filter, dimension);
    }

    /** Key → « {indicator=figure, …} » in the catalogue's order. */
    private static Map<String, String> breakdown(ResultsTable table, ResultsFilter filter, String dimension) {
        Map<String, String> rows = new TreeMap<>();
        ActionResults.withCodes(table, CATALOGUE, filter).breakdowns().stream()
                .filter(b -> b.dimension().equals(dimension)).findFirst().orElseThrow().rows()
                .forEach(r -> rows.put(String.valueOf(r.key()), r.figures().entrySet().stream()
                        .map(e -> e.getKey() + "=" + plain(e.getValue())).toList().toString()
                        .replace('[', '{').replace(']', '}')));
        return rows;
    }

    private static String plain(BigDecimal value) {
        return value == null ? "null" : value.toPlainString();
    }
}

package fr.bocage.demo;

import fr.bocage.network.diagnosis.CampaignInput;
import fr.bocage.network.diagnosis.QuestionnaireInput;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.Reader;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The demo self-diagnosis of the COOP'R demo project ({@code demo/demo-diagnosis.json}): a questionnaire with the
 * fields of {@code POST /api/projects/{slug}/questionnaires}, a campaign, and the submitted answers of four partner
 * organisations, named by their titles, which become ids once the demo actors exist.
 */
record DemoDiagnosis(String project, QuestionnaireInput questionnaire, JsonObject campaign, List<Answer> answers) {

    /** An organisation's answer: each question's key with its values. */
    record Answer(String organisation, Map<String, List<String>> responses) {
    }

    static DemoDiagnosis read(Reader json) {
        try (JsonReader reader = Json.createReader(json)) {
            JsonObject demo = reader.readObject();
            JsonObject q = demo.getJsonObject("questionnaire");
            QuestionnaireInput questionnaire = new QuestionnaireInput(q.getString("title"),
                    q.getJsonArray("sections").getValuesAs(JsonObject.class).stream()
                            .map(s -> new QuestionnaireInput.SectionInput(s.getString("title"),
                                    s.getJsonArray("questions").getValuesAs(JsonObject.class).stream()
                                            .map(DemoDiagnosis::question).toList())).toList());
            List<Answer> answers = demo.getJsonArray("answers").getValuesAs(JsonObject.class).stream()
                    .map(a -> new Answer(a.getString("organisation"), responses(a.getJsonObject("responses"))))
                    .toList();
            return new DemoDiagnosis(demo.getString("project"), questionnaire, demo.getJsonObject("campaign"),
                    answers);
        }
    }

    private static QuestionnaireInput.QuestionInput question(JsonObject q) {
        return new QuestionnaireInput.QuestionInput(q.getString("kind"), q.getString("text"),
                q.containsKey("weight") ? q.getJsonNumber("weight").doubleValue() : null,
                q.getJsonArray("options") == null ? List.of() : q.getJsonArray("options")
                        .getValuesAs(JsonObject.class).stream().map(o -> new QuestionnaireInput.OptionInput(
                                o.getString("label"), o.containsKey("score") ? o.getInt("score") : null)).toList());
    }

    private static Map<String, List<String>> responses(JsonObject json) {
        Map<String, List<String>> responses = new LinkedHashMap<>();
        for (Map.Entry<String, JsonValue> e : json.entrySet()) {
            responses.put(e.getKey(), e.getValue().asJsonArray().getValuesAs(JsonString.class).stream()
                    .map(JsonString::getString).toList());
        }
        return responses;
    }

    CampaignInput campaign(long questionnaireId) {
        return new CampaignInput(questionnaireId, campaign.getString("title"),
                LocalDate.parse(campaign.getString("opensOn")), LocalDate.parse(campaign.getString("closesOn")));
    }
}

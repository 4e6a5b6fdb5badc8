package fr.bocage.network.diagnosis;

import fr.bocage.platform.Messages;
import fr.bocage.platform.error.InvalidInput;
import fr.bocage.platform.rest.ApiNames;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A questionnaire as a client sends it: a title and its sections in order, each with its questions in order. A
 * question's kind is scale (five labels, one per point, in {@code options}), single-choice or multiple-choice (two
 * choices at least, each with a score), number or text (no options); its weight is 1 unless said.
 */
public record QuestionnaireInput(
        @NotBlank(message = "{bocage.diagnosis.title.required}")
        @Size(max = 200, message = "{bocage.diagnosis.title.size}") String title,
        @Size(max = 30, message = "{bocage.diagnosis.sections.size}") List<@Valid @NotNull SectionInput> sections) {

    public QuestionnaireInput {
        title = title == null ? null : title.strip();
        sections = sections == null ? List.of() : sections;
    }

    public record SectionInput(
            @NotBlank(message = "{bocage.diagnosis.section.required}")
            @Size(max = 200, message = "{bocage.diagnosis.section.size}") String title,
            @Size(max = 100, message = "{bocage.diagnosis.questions.size}")
            List<@Valid @NotNull QuestionInput> questions) {
        public SectionInput {
            title = title == null ? null : title.strip();
            questions = questions == null ? List.of() : questions;
        }
    }

    public record QuestionInput(
            @NotBlank(message = "{bocage.diagnosis.kind.required}") String kind,
            @NotBlank(message = "{bocage.diagnosis.question.required}")
            @Size(max = 1000, message = "{bocage.diagnosis.question.size}") String text,
            @DecimalMin(value = "0.1", message = "{bocage.diagnosis.weight.range}")
            @DecimalMax(value = "100", message = "{bocage.diagnosis.weight.range}") Double weight,
            @Size(max = 20, message = "{bocage.diagnosis.options.size}") List<@Valid @NotNull OptionInput> options) {
        public QuestionInput {
            text = text == null ? null : text.strip();
            options = options == null ? List.of() : options;
        }

        /**
         * The question it describes, keyed {@code key}.
         *
         * @throws InvalidInput on {@code path + "kind"} or {@code path + "options"}, in French
         */
        Content.Question question(String key, String path) {
            QuestionKind known = ApiNames.parse(QuestionKind.class, kind).orElseThrow(() ->
                    refused(path + "kind", Messages.format("diagnosis.kind.unknown", kind)));
            List<Content.Option> kept = new ArrayList<>();
            if (known == QuestionKind.SCALE) {
                if (options.size() != QuestionKind.SCALE_POINTS) {
                    throw refused(path + "options", Messages.get("diagnosis.options.scale"));
                }
                for (int i = 0; i < options.size(); i++) {
                    kept.add(new Content.Option(options.get(i).label(), i + 1));
                }
            } else if (known.hasChoices()) {
                if (options.size() < 2) {
                    throw refused(path + "options", Messages.get("diagnosis.options.choices"));
                }
                options.forEach(o -> kept.add(new Content.Option(o.label(), o.score() == null ? 0 : o.score())));
            }
            return new Content.Question(key, known, text, weight == null ? 1 : weight, kept);
        }
    }

    public record OptionInput(
            @NotBlank(message = "{bocage.diagnosis.option.required}")
            @Size(max = 200, message = "{bocage.diagnosis.option.size}") String label,
            @Min(value = -100, message = "{bocage.diagnosis.score.range}")
            @Max(value = 100, message = "{bocage.diagnosis.score.range}") Integer score) {
        public OptionInput {
            label = label == null ? null : label.strip();
        }
    }

    /** What it asks, its questions keyed q1, q2… in order. */
    public Content content() {
        List<Content.Section> kept = new ArrayList<>();
        int number = 0;
        for (int s = 0; s < sections.size(); s++) {
            List<Content.Question> questions = new ArrayList<>();
            for (int q = 0; q < sections.get(s).questions().size(); q++) {
                questions.add(sections.get(s).questions().get(q).question("q" + ++number,
                        "sections[" + s + "].questions[" + q + "]."));
            }
            kept.add(new Content.Section(sections.get(s).title(), questions));
        }
        return new Content(kept);
    }

    /** The input describing {@code content}: the builder's pages change what is asked through it. */
    static QuestionnaireInput of(String title, Content content) {
        return new QuestionnaireInput(title, content.sections().stream().map(s -> new SectionInput(s.title(),
                s.questions().stream().map(q -> new QuestionInput(q.kind().code(), q.text(), q.weight(),
                        q.options().stream().map(o -> new OptionInput(o.label(), o.score())).toList())).toList()))
                .toList());
    }

    private static InvalidInput refused(String field, String message) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put(field, message);
        return new InvalidInput(InvalidInput.Reason.INVALID, message, fields);
    }
}

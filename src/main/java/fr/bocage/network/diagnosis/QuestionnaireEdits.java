package fr.bocage.network.diagnosis;

import java.util.ArrayList;
import java.util.List;

/**
 * The builder's steps, each a new questionnaire from the one before: the pages change a questionnaire one step at a
 * time, and the service saves the result as the API's whole description (a new version when answered).
 */
final class QuestionnaireEdits {
    private QuestionnaireEdits() {
    }

    static QuestionnaireInput rename(QuestionnaireInput q, String title) {
        return new QuestionnaireInput(title, q.sections());
    }

    static QuestionnaireInput addSection(QuestionnaireInput q, String title) {
        List<QuestionnaireInput.SectionInput> sections = new ArrayList<>(q.sections());
        sections.add(new QuestionnaireInput.SectionInput(title, List.of()));
        return new QuestionnaireInput(q.title(), sections);
    }

    static QuestionnaireInput addQuestion(QuestionnaireInput q, int section, QuestionnaireInput.QuestionInput question) {
        return withQuestions(q, section, questions -> questions.add(question));
    }

    /** Moves a section ({@code question} null) or a question one place up ({@code -1}) or down ({@code 1}). */
    static QuestionnaireInput move(QuestionnaireInput q, int section, Integer question, int step) {
        if (question == null) {
            List<QuestionnaireInput.SectionInput> sections = new ArrayList<>(q.sections());
            swap(sections, section, section + step);
            return new QuestionnaireInput(q.title(), sections);
        }
        return withQuestions(q, section, questions -> swap(questions, question, question + step));
    }

    /** Removes a section ({@code question} null), with its questions, or a question. */
    static QuestionnaireInput remove(QuestionnaireInput q, int section, Integer question) {
        if (question == null) {
            List<QuestionnaireInput.SectionInput> sections = new ArrayList<>(q.sections());
            if (section >= 0 && section < sections.size()) {
                sections.remove(section);
            }
            return new QuestionnaireInput(q.title(), sections);
        }
        return withQuestions(q, section, questions -> {
            if (question >= 0 && question < questions.size()) {
                questions.remove((int) question);
            }
        });
    }

    private static QuestionnaireInput withQuestions(QuestionnaireInput q, int section,
            java.util.function.Consumer<List<QuestionnaireInput.QuestionInput>> change) {
        if (section < 0 || section >= q.sections().size()) {
            return q;
        }
        List<QuestionnaireInput.SectionInput> sections = new ArrayList<>(q.sections());
        List<QuestionnaireInput.QuestionInput> questions = new ArrayList<>(sections.get(section).questions());
        change.accept(questions);
        sections.set(section, new QuestionnaireInput.SectionInput(sections.get(section).title(), questions));
        return new QuestionnaireInput(q.title(), sections);
    }

    /** Swaps two places; a move past either end changes nothing. */
    private static <T> void swap(List<T> list, int from, int to) {
        if (from >= 0 && to >= 0 && from < list.size() && to < list.size()) {
            T moved = list.get(from);
            list.set(from, list.get(to));
            list.set(to, moved);
        }
    }
}

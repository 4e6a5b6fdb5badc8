package fr.bocage.ingest.worker;

import java.io.IOException;

import com.google.common.base.Optional;
import com.optimaize.langdetect.LanguageDetector;
import com.optimaize.langdetect.LanguageDetectorBuilder;
import com.optimaize.langdetect.i18n.LdLocale;
import com.optimaize.langdetect.ngram.NgramExtractors;
import com.optimaize.langdetect.profiles.LanguageProfileReader;
import com.optimaize.langdetect.text.CommonTextObjectFactories;
import com.optimaize.langdetect.text.TextObjectFactory;

/** Guesses the language of a text with optimaize's n-gram profiles, loaded once per worker. */
final class LanguageGuesser {

    /** Below this the n-gram statistics are noise. */
    private static final int MIN_LETTERS = 50;

    private final LanguageDetector detector;
    private final TextObjectFactory texts = CommonTextObjectFactories.forDetectingOnLargeText();

    LanguageGuesser() throws IOException {
        detector = LanguageDetectorBuilder.create(NgramExtractors.standard())
                .withProfiles(new LanguageProfileReader().readAllBuiltIn())
                .build();
    }

    /** ISO 639-1 code of the text's language, or null when there is too little text or no clear answer. */
    String guess(CharSequence text) {
        if (text.codePoints().filter(Character::isLetter).limit(MIN_LETTERS).count() < MIN_LETTERS) {
            return null;
        }
        Optional<LdLocale> locale = detector.detect(texts.forText(text));
        return locale.isPresent() ? locale.get().getLanguage() : null;
    }
}

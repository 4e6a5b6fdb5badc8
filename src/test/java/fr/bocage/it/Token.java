package fr.bocage.it;

import java.security.SecureRandom;

/**
 * Words no other test and no earlier run uses, made of consonants so that the French analyzer leaves them whole:
 * searching for one finds exactly what one test created, although the servers' data outlives each test.
 */
public final class Token {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String CONSONANTS = "bcdfghjklmnpqrstvwxz";

    private Token() {
    }

    public static String next() {
        StringBuilder word = new StringBuilder("q");
        for (int i = 0; i < 11; i++) {
            word.append(CONSONANTS.charAt(RANDOM.nextInt(CONSONANTS.length())));
        }
        return word.toString();
    }
}

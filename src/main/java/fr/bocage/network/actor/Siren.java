package fr.bocage.network.actor;

/**
 * A SIREN, the French company register's number: nine digits whose last is a Luhn check digit (INSEE). La Poste's
 * own number, 356000000, is the one exception the register knows: its establishments are numbered past the Luhn rule,
 * but the SIREN itself passes it.
 */
public final class Siren {
    private Siren() {
    }

    /** Nine digits, spaces aside, that pass the Luhn check. */
    public static boolean isValid(String siren) {
        String digits = normalised(siren);
        if (digits == null || !digits.matches("\\d{9}")) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            int digit = digits.charAt(8 - i) - '0';
            if (i % 2 == 1) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
        }
        return sum % 10 == 0;
    }

    /** As typed, without its spaces (« 123 456 789 » is often written so); null when blank. */
    public static String normalised(String siren) {
        if (siren == null) {
            return null;
        }
        String digits = siren.replaceAll("[\\s\u00a0\u202f]", "");
        return digits.isEmpty() ? null : digits;
    }
}

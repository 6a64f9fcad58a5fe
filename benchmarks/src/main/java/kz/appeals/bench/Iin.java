package kz.appeals.bench;

import java.util.SplittableRandom;

/**
 * Random Kazakhstan IIN and BIN numbers with a correct check digit: the first eleven digits weighted 1..11 modulo 11;
 * a remainder of 10 means weighing again with 3..11, 1, 2; a second 10 means the number is never issued (we draw
 * again). IINs start with a real date of birth and a century/sex digit; BINs with a registration year and month.
 */
final class Iin {

    private static final int[] FIRST = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11};
    private static final int[] SECOND = {3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2};

    private Iin() {
    }

    /** The check digit of the first eleven digits, or -1 when no valid number has them. */
    static int checkDigit(CharSequence first11) {
        int check = remainder(first11, FIRST);
        if (check == 10) {
            check = remainder(first11, SECOND);
        }
        return check == 10 ? -1 : check;
    }

    static boolean isValid(String number) {
        if (number == null || number.length() != 12 || !number.chars().allMatch(Character::isDigit)) {
            return false;
        }
        int check = checkDigit(number.substring(0, 11));
        return check >= 0 && check == number.charAt(11) - '0';
    }

    /** An individual's IIN: YYMMDD, century-and-sex digit (3/4 for 1900s, 5/6 for 2000s), serial, check digit. */
    static String randomIin(SplittableRandom random) {
        while (true) {
            boolean twentyFirst = random.nextInt(10) < 3;
            int year = twentyFirst ? random.nextInt(0, 8) : random.nextInt(30, 100);
            int month = random.nextInt(1, 13);
            int day = random.nextInt(1, 29);
            int centurySex = (twentyFirst ? 5 : 3) + random.nextInt(2);
            StringBuilder s = new StringBuilder(12);
            two(s, year);
            two(s, month);
            two(s, day);
            s.append(centurySex);
            s.append(String.format("%04d", random.nextInt(10_000)));
            int check = checkDigit(s);
            if (check >= 0) {
                return s.append(check).toString();
            }
        }
    }

    /** A legal entity's BIN: YYMM of registration, type digit 4..6, attribute digit, serial, check digit. */
    static String randomBin(SplittableRandom random) {
        while (true) {
            StringBuilder s = new StringBuilder(12);
            two(s, random.nextInt(0, 26));
            two(s, random.nextInt(1, 13));
            s.append(4 + random.nextInt(3));
            s.append(random.nextInt(4));
            s.append(String.format("%05d", random.nextInt(100_000)));
            int check = checkDigit(s);
            if (check >= 0) {
                return s.append(check).toString();
            }
        }
    }

    private static void two(StringBuilder s, int value) {
        if (value < 10) {
            s.append('0');
        }
        s.append(value);
    }

    private static int remainder(CharSequence digits, int[] weights) {
        int sum = 0;
        for (int i = 0; i < 11; i++) {
            sum += (digits.charAt(i) - '0') * weights[i];
        }
        return sum % 11;
    }
}

package kz.appeals.command.domain;

/**
 * IIN (individual) and BIN (legal entity) numbers: twelve digits, the last a check digit. The first eleven digits are
 * weighted 1..11 and summed modulo 11; a remainder of 10 means weighing again with 3..11, 1, 2; a second remainder of
 * 10 makes the number invalid (the number is never issued).
 */
public final class IdentificationNumber {

    private static final int[] FIRST_WEIGHTS = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11};
    private static final int[] SECOND_WEIGHTS = {3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2};

    private IdentificationNumber() {
    }

    public static boolean isValid(String number) {
        if (number == null || number.length() != 12) {
            return false;
        }
        for (int i = 0; i < 12; i++) {
            if (number.charAt(i) < '0' || number.charAt(i) > '9') {
                return false;
            }
        }
        int check = remainder(number, FIRST_WEIGHTS);
        if (check == 10) {
            check = remainder(number, SECOND_WEIGHTS);
            if (check == 10) {
                return false;
            }
        }
        return check == number.charAt(11) - '0';
    }

    private static int remainder(String number, int[] weights) {
        int sum = 0;
        for (int i = 0; i < 11; i++) {
            sum += (number.charAt(i) - '0') * weights[i];
        }
        return sum % 11;
    }
}

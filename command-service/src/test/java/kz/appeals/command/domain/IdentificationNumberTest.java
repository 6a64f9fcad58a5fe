package kz.appeals.command.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Check digits worked out by hand from the weights 1..11 (and 3..11, 1, 2 when the first remainder is 10). */
class IdentificationNumberTest {

    @ParameterizedTest(name = "{0} is valid: {1}")
    @CsvSource({
            // 9+0+0+4+0+6+21+0+0+0+11 = 51, 51 mod 11 = 7
            "900101300017, true",
            "900101300016, false",
            // 8+10+0+12+5+30+28+0+0+10+22 = 125, 125 mod 11 = 4
            "850315400124, true",
            // BIN: 0+16+0+36+20+0+0+8+18+30+44 = 172, 172 mod 11 = 7
            "080940012347, true",
            // first pass 1*10 = 10 -> second weights: 1*1 = 1
            "000000000101, true",
            "000000000100, false",
            // first pass 1+20+88 = 109 -> 10; second 3+2+16 = 21 -> 10 again: never issued
            "100000000280, false",
            "100000000281, false",
            "90010130001, false",
            "9001013000171, false",
            "90010130001A, false"
    })
    void checkDigitFollowsTheTwoPassWeights(String number, boolean valid) {
        assertThat(IdentificationNumber.isValid(number)).isEqualTo(valid);
    }
}

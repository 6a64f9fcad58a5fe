package kz.appeals.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/** The generator's numbers must pass the services' check, or the load would measure 400s. */
class IinTest {

    @Test
    void knownNumbers() {
        assertThat(Iin.isValid("900101300017")).isTrue();
        assertThat(Iin.isValid("900101300018")).isFalse();
        assertThat(Iin.isValid("90010130001")).isFalse();
    }

    @Test
    void generatedIinsAndBinsHaveAValidCheckDigit() {
        SplittableRandom random = new SplittableRandom(42);
        for (int i = 0; i < 10_000; i++) {
            assertThat(Iin.isValid(Iin.randomIin(random))).isTrue();
            assertThat(Iin.isValid(Iin.randomBin(random))).isTrue();
        }
    }

    @Test
    void secondWeightsAreUsedWhenTheFirstRemainderIsTen() {
        // find a prefix whose first remainder is 10 and check that the digit comes from the second weights
        SplittableRandom random = new SplittableRandom(7);
        int seen = 0;
        for (int i = 0; i < 100_000 && seen < 10; i++) {
            String n = Iin.randomIin(random);
            int first = 0;
            for (int k = 0; k < 11; k++) {
                first += (n.charAt(k) - '0') * (k + 1);
            }
            if (first % 11 == 10) {
                seen++;
                int[] second = {3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2};
                int sum = 0;
                for (int k = 0; k < 11; k++) {
                    sum += (n.charAt(k) - '0') * second[k];
                }
                assertThat(n.charAt(11) - '0').isEqualTo(sum % 11);
            }
        }
        assertThat(seen).isPositive();
    }

    @Test
    void bodiesAreJsonWithTheRequiredFields() throws Exception {
        SplittableRandom random = new SplittableRandom(1);
        var mapper = new com.fasterxml.jackson.databind.ObjectMapper();
        for (int i = 0; i < 200; i++) {
            var node = mapper.readTree(Payloads.fileAppealBody(random));
            assertThat(node.get("applicant").get("postalAddress").asText()).isNotBlank();
            assertThat(node.get("addressee").get("bodyId").asText()).isIn(Payloads.BODIES);
            assertThat(node.get("substance").asText().length()).isBetween(50, 20_000);
        }
    }
}

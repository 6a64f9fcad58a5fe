package kz.appeals.bench;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Realistic bodies for {@code POST /api/appeals}: an individual (IIN) or, one time in ten, a legal entity (BIN) with a
 * valid check digit, Kazakh names and addresses, one of twenty bodies, a substance of 80 to 1,500 characters.
 */
final class Payloads {

    static final List<String> BODIES = List.of("almaty-akimat", "astana-akimat", "shymkent-akimat",
            "karaganda-akimat", "aktobe-akimat", "atyrau-akimat", "pavlodar-akimat", "kostanay-akimat",
            "kyzylorda-akimat", "turkestan-akimat", "ministry-of-health", "ministry-of-education",
            "ministry-of-labour", "ministry-of-justice", "ministry-of-energy", "ministry-of-ecology",
            "state-revenue-committee", "migration-service", "land-inspection", "housing-inspection");
    private static final List<String> KINDS = List.of("APPLICATION", "APPLICATION", "APPLICATION", "APPLICATION",
            "REQUEST", "PROPOSAL", "REPORT", "INFORMATION_REQUEST");
    private static final List<String> CHANNELS = List.of("E_OTINISH", "E_OTINISH", "E_OTINISH", "EGOV_PORTAL",
            "BODY_WEBSITE");
    private static final List<String> FIRST = List.of("Aigerim", "Nurlan", "Dana", "Yerlan", "Aliya", "Askar",
            "Madina", "Daniyar", "Zhanna", "Bauyrzhan", "Айгерим", "Нурлан", "Дана", "Ерлан", "Салтанат", "Арман");
    private static final List<String> LAST = List.of("Sadykova", "Nurpeisov", "Abenova", "Seitkali", "Zhumabekova",
            "Tokayev", "Omarova", "Iskakov", "Садыкова", "Нурпеисов", "Абенова", "Сейткали", "Жумабекова");
    private static final List<String> CITIES = List.of("Almaty", "Astana", "Shymkent", "Karaganda", "Aktobe",
            "Атырау", "Павлодар", "Костанай");
    private static final List<String> STREETS = List.of("Abay ave", "Dostyk ave", "Tole bi st", "Satpayev st",
            "Kabanbay batyr ave", "Республика ave", "Назарбаев ave", "Жибек жолы st");
    private static final List<String> SENTENCES = List.of(
            "Please repair the street lighting on our street, it has been dark for three weeks.",
            "The courtyard of our building has not been cleaned since the spring.",
            "I ask you to explain the procedure for obtaining a land plot for individual housing.",
            "The bus route number 37 no longer stops near the school, children walk two kilometres.",
            "Прошу рассмотреть вопрос о ремонте кровли многоквартирного дома.",
            "Water pressure on the upper floors is too low in the evenings.",
            "We propose to install a pedestrian crossing near the clinic.",
            "I request information about the planned reconstruction of the central park.",
            "The heating in the kindergarten was switched on two weeks late.",
            "Өтініш: аула ішіндегі балалар алаңын жөндеуді сұраймын.");

    private Payloads() {
    }

    /** The body that has officials in the realm (head, deputy, executor): follow-up commands act on its appeals. */
    static final String OFFICIALS_BODY = "almaty-akimat";

    /**
     * One filing: the JSON body and what the follow-up commands need of it. {@code applicant} is the applicant's
     * JSON object (a complaint is filed by the same participant); {@code iin} is null for a legal entity.
     */
    record Filing(String json, String kind, String bodyId, String applicant, String iin) {
    }

    static String fileAppealBody(SplittableRandom random) {
        return filing(random, null).json();
    }

    /**
     * A filing; one in four goes to {@link #OFFICIALS_BODY} (the rest to the other nineteen bodies), so that the
     * follow-up commands have appeals to act on. {@code receivedAt} (ISO offset date-time) backdates the appeal, as
     * for a letter entered after the fact; null means now.
     */
    static Filing filing(SplittableRandom random, String receivedAt) {
        StringBuilder b = new StringBuilder(2048);
        String kind = pick(random, KINDS);
        b.append("{\"kind\":\"").append(kind).append("\",\"applicant\":");
        int applicantAt = b.length();
        String iin = null;
        if (random.nextInt(10) == 0) {
            b.append("{\"type\":\"LEGAL_ENTITY\",\"bin\":\"").append(Iin.randomBin(random))
                    .append("\",\"organisationName\":\"TOO ").append(pick(random, LAST)).append(" Group\"");
        } else {
            iin = Iin.randomIin(random);
            b.append("{\"type\":\"INDIVIDUAL\",\"iin\":\"").append(iin)
                    .append("\",\"fullName\":\"").append(pick(random, FIRST)).append(' ')
                    .append(pick(random, LAST)).append('"');
        }
        b.append(",\"postalAddress\":\"").append(pick(random, CITIES)).append(", ").append(pick(random, STREETS))
                .append(' ').append(1 + random.nextInt(200)).append(", apt ").append(1 + random.nextInt(300))
                .append("\",\"phone\":\"+7701").append(1_000_000 + random.nextInt(9_000_000)).append('"');
        if (random.nextBoolean()) {
            b.append(",\"email\":\"citizen").append(random.nextInt(1_000_000)).append("@example.kz\"");
        }
        b.append('}');
        String applicant = b.substring(applicantAt);
        String body = random.nextInt(4) == 0 ? OFFICIALS_BODY : pick(random, BODIES);
        b.append(",\"addressee\":{\"bodyId\":\"").append(body).append("\",\"name\":\"").append(body)
                .append("\"},\"substance\":\"");
        int sentences = 1 + random.nextInt(15);
        for (int i = 0; i < sentences; i++) {
            if (i > 0) {
                b.append(' ');
            }
            b.append(pick(random, SENTENCES));
        }
        b.append("\",\"form\":\"ELECTRONIC\",\"channel\":\"").append(pick(random, CHANNELS)).append('"');
        if (receivedAt != null) {
            b.append(",\"receivedAt\":\"").append(receivedAt).append('"');
        }
        b.append('}');
        return new Filing(b.toString(), kind, body, applicant, iin);
    }

    static String randomBody(SplittableRandom random) {
        return pick(random, BODIES);
    }

    private static String pick(SplittableRandom random, List<String> values) {
        return values.get(random.nextInt(values.size()));
    }
}

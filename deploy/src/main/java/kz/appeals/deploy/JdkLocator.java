package kz.appeals.deploy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds a JDK of at least a given feature version for a child process (Keycloak 26 needs 21+ while the services run
 * on 17): APPEALS_KEYCLOAK_JAVA_HOME, then JAVA_HOME, then the JVM running the launcher, then the newest JDK under
 * /usr/lib/jvm, /usr/java, /opt/java and ~/.sdkman/candidates/java.
 */
public final class JdkLocator {

    private static final Pattern JAVA_VERSION = Pattern.compile("^JAVA_VERSION=\"?(\\d+)", Pattern.MULTILINE);

    private JdkLocator() {
    }

    public static Path require(int minimum, Map<String, String> env, String forWhat) {
        return find(minimum, env).orElseThrow(() -> new LauncherException(forWhat + " needs a JDK " + minimum
                + " or newer and none was found (looked at APPEALS_KEYCLOAK_JAVA_HOME, JAVA_HOME, the running JVM, "
                + "/usr/lib/jvm/*, /usr/java/*, /opt/java/*, ~/.sdkman/candidates/java/*)." + System.lineSeparator()
                + "  Install one, e.g. `apt-get install temurin-21-jdk` (Adoptium repository) or "
                + "`sdk install java 21-tem`, and set APPEALS_KEYCLOAK_JAVA_HOME to it;" + System.lineSeparator()
                + "  or use an identity provider of your own: set OIDC_ISSUER_URI and no Keycloak is started."));
    }

    public static Optional<Path> find(int minimum, Map<String, String> env) {
        for (String candidate : new String[] {env.get("APPEALS_KEYCLOAK_JAVA_HOME"), env.get("JAVA_HOME"),
                System.getProperty("java.home")}) {
            if (candidate != null && !candidate.isBlank() && version(Path.of(candidate)).orElse(0) >= minimum) {
                return Optional.of(Path.of(candidate));
            }
        }
        List<Path> roots = new ArrayList<>(List.of(Path.of("/usr/lib/jvm"), Path.of("/usr/java"), Path.of("/opt/java")));
        String home = System.getProperty("user.home");
        if (home != null) {
            roots.add(Path.of(home, ".sdkman", "candidates", "java"));
        }
        List<Path> jdks = new ArrayList<>();
        for (Path root : roots) {
            if (!Files.isDirectory(root)) {
                continue;
            }
            try (Stream<Path> children = Files.list(root)) {
                children.filter(p -> version(p).orElse(0) >= minimum).forEach(jdks::add);
            } catch (IOException e) {
                // unreadable folder: look elsewhere
            }
        }
        return jdks.stream().max(Comparator.comparingInt((Path p) -> version(p).orElse(0)).thenComparing(Path::toString));
    }

    /** The feature version from the JDK's {@code release} file, if it is a JDK with an executable java. */
    static Optional<Integer> version(Path javaHome) {
        try {
            Path release = javaHome.resolve("release");
            if (!Files.isRegularFile(release) || !Files.isExecutable(javaHome.resolve("bin").resolve("java"))) {
                return Optional.empty();
            }
            Matcher m = JAVA_VERSION.matcher(Files.readString(release));
            if (!m.find()) {
                return Optional.empty();
            }
            int major = Integer.parseInt(m.group(1));
            return Optional.of(major == 1 ? 8 : major); // "1.8.0_..." is Java 8
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}

package kz.appeals.deploy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;

/**
 * Passwords of the embedded system, generated on first use into {@code <data>/secrets/<name>} (directory 700, files
 * 600) and read back on later starts, so nothing secret lives in the repository. Values are URL-safe base64: safe
 * inside SQL literals, JAAS quotes and Keycloak's {@code ${ENV}} placeholders without escaping.
 */
public final class Secrets {

    public static final String POSTGRES = "postgres-password";
    public static final String COMMAND_DB = "command-db-password";
    public static final String QUERY_DB = "query-db-password";
    public static final String KAFKA_ADMIN = "kafka-admin-password";
    public static final String KAFKA_COMMAND = "kafka-command-service-password";
    public static final String KAFKA_QUERY = "kafka-query-service-password";
    public static final String KEYCLOAK_ADMIN = "keycloak-admin-password";
    public static final String DEMO_PASSWORD = "demo-password";
    public static final String PORTAL_CLIENT_SECRET = "e-otinish-portal-secret";
    /** The command side's Ed25519 key that seals every published envelope (docs/integrity.md), and its public half. */
    public static final String EVENT_SIGNING_KEY = "event-signing-key";
    public static final String EVENT_VERIFY_KEY = "event-signing-key.pub";
    /** The id the seals name, so that a rotated key can be told from the previous one. */
    public static final String EVENT_KEY_ID = "embedded-1";

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path directory;

    public Secrets(Path directory) {
        this.directory = directory;
    }

    public Path directory() {
        return directory;
    }

    public boolean exists(String name) {
        return Files.isRegularFile(directory.resolve(name));
    }

    /** The secret's value, generating and storing it first if it does not exist yet. */
    public synchronized String get(String name) {
        Path file = directory.resolve(name);
        try {
            if (Files.isRegularFile(file)) {
                String value = Files.readString(file, StandardCharsets.US_ASCII).trim();
                if (!value.isEmpty()) {
                    return value;
                }
            }
            createDirectory();
            byte[] bytes = new byte[24];
            RANDOM.nextBytes(bytes);
            String value = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            Path tmp = directory.resolve(name + ".tmp");
            Files.deleteIfExists(tmp);
            createPrivateFile(tmp);
            Files.writeString(tmp, value + System.lineSeparator(), StandardCharsets.US_ASCII,
                    StandardOpenOption.TRUNCATE_EXISTING);
            Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            Log.info("generated " + file + " (mode 600)");
            return value;
        } catch (IOException e) {
            throw new LauncherException("cannot read or create the secret " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * The event signing key pair {@code [privatePkcs8Base64, publicX509Base64]}, generated together on first use: the
     * private half stays with the command side, the query side and auditors get only the public half.
     */
    public synchronized String[] eventKeyPair() {
        if (!exists(EVENT_SIGNING_KEY) || !exists(EVENT_VERIFY_KEY)) {
            try {
                java.security.KeyPair pair = java.security.KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
                createDirectory();
                Base64.Encoder b64 = Base64.getEncoder();
                writePrivate(directory.resolve(EVENT_VERIFY_KEY),
                        b64.encodeToString(pair.getPublic().getEncoded()) + System.lineSeparator());
                writePrivate(directory.resolve(EVENT_SIGNING_KEY),
                        b64.encodeToString(pair.getPrivate().getEncoded()) + System.lineSeparator());
                Log.info("generated the event signing key pair in " + directory + " (mode 600)");
            } catch (IOException | java.security.GeneralSecurityException e) {
                throw new LauncherException("cannot create the event signing key in " + directory + ": "
                        + e.getMessage(), e);
            }
        }
        return new String[] {get(EVENT_SIGNING_KEY), get(EVENT_VERIFY_KEY)};
    }

    private void createDirectory() throws IOException {
        if (Files.isDirectory(directory)) {
            return;
        }
        Files.createDirectories(directory);
        if (posix()) {
            Files.setPosixFilePermissions(directory, PosixFilePermissions.fromString("rwx------"));
        }
    }

    /** Creates the file with owner-only permissions from the start, so the value is never readable by others. */
    static void createPrivateFile(Path file) throws IOException {
        if (posix()) {
            try {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (FileAlreadyExistsException e) {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            }
        } else if (!Files.exists(file)) {
            Files.createFile(file);
        }
    }

    /** Writes a file holding secrets (generated configuration) with owner-only permissions. */
    static void writePrivate(Path file, String content) throws IOException {
        createPrivateFile(file);
        if (posix()) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        }
        Files.writeString(file, content, StandardCharsets.UTF_8, StandardOpenOption.TRUNCATE_EXISTING);
    }

    private static boolean posix() {
        Set<String> views = java.nio.file.FileSystems.getDefault().supportedFileAttributeViews();
        return views.contains("posix");
    }
}

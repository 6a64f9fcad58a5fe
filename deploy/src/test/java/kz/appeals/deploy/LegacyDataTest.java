package kz.appeals.deploy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A data folder from a launcher before passwords existed is refused with the fix in the message, before any server
 * starts and before any secret is generated for it.
 */
class LegacyDataTest {

    @TempDir
    Path data;

    @Test
    void anOldPostgresClusterWithoutAPasswordIsRefusedWithAHint() throws Exception {
        Files.createDirectories(data.resolve("postgres"));
        Files.writeString(data.resolve("postgres/postgresql.conf"), "# initdb of an older run\n");
        Secrets secrets = new Secrets(data.resolve("secrets"));
        assertThatThrownBy(() -> EmbeddedPostgresServer.start(data.resolve("postgres"), LauncherInfraTest.freePort(),
                data.resolve("logs/postgres.log"), secrets))
                .isInstanceOf(LauncherException.class)
                .hasMessageContaining("without passwords").hasMessageContaining("rm -rf " + data);
        assertThat(secrets.exists(Secrets.POSTGRES)).isFalse();
    }

    @Test
    void anOldKafkaLogDirWithoutScramUsersIsRefusedWithAHint() throws Exception {
        Files.createDirectories(data.resolve("kafka"));
        Files.writeString(data.resolve("kafka/meta.properties"), "version=1\n");
        Secrets secrets = new Secrets(data.resolve("secrets"));
        assertThatThrownBy(() -> KafkaBrokerProcess.start(data, LauncherInfraTest.freePort(),
                LauncherInfraTest.freePort(), System.getProperty("java.class.path"), data.resolve("logs/kafka.log"),
                Duration.ofSeconds(5), secrets))
                .isInstanceOf(LauncherException.class)
                .hasMessageContaining("without authentication").hasMessageContaining("rm -rf " + data);
        assertThat(secrets.exists(Secrets.KAFKA_ADMIN)).isFalse();
    }

    @Test
    void aSecretIsGeneratedOnceAndReadBackAfterwards() {
        Secrets secrets = new Secrets(data.resolve("secrets"));
        String first = secrets.get(Secrets.DEMO_PASSWORD);
        assertThat(first).matches("[A-Za-z0-9_-]{32}");
        assertThat(new Secrets(data.resolve("secrets")).get(Secrets.DEMO_PASSWORD)).isEqualTo(first);
        assertThat(secrets.get(Secrets.PORTAL_CLIENT_SECRET)).isNotEqualTo(first);
    }

    @Test
    void aJdkIsRecognisedByTheVersionInItsReleaseFile() throws Exception {
        Path jdk = data.resolve("jdk-21");
        Files.createDirectories(jdk.resolve("bin"));
        Files.writeString(jdk.resolve("release"), "IMPLEMENTOR=\"x\"\nJAVA_VERSION=\"21.0.4\"\n");
        Path launcherScript = Files.writeString(jdk.resolve("bin/java"), "#!/bin/sh\n");
        launcherScript.toFile().setExecutable(true);
        assertThat(JdkLocator.version(jdk)).contains(21);
        assertThat(JdkLocator.find(21, java.util.Map.of("APPEALS_KEYCLOAK_JAVA_HOME", jdk.toString()))).contains(jdk);
        assertThat(JdkLocator.find(99, java.util.Map.of("APPEALS_KEYCLOAK_JAVA_HOME", jdk.toString()))).isEmpty();
    }
}

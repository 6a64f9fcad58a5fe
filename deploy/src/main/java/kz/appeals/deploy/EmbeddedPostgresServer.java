package kz.appeals.deploy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;

/**
 * PostgreSQL from zonky's embedded binaries, with a persistent data directory: zonky runs initdb
 * only when {@code postgresql.conf} is missing there, so a restart reuses the data. The server
 * listens on loopback only. Stop with {@link #close()}.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

    private final Path dataDirectory;
    private final int port;
    private final EmbeddedPostgres postgres;
    /** Captured at start: postmaster.pid disappears slightly before the process does. */
    private final ProcessHandle postmaster;
    private volatile boolean closed;

    private EmbeddedPostgresServer(Path dataDirectory, int port, EmbeddedPostgres postgres) {
        this.dataDirectory = dataDirectory;
        this.port = port;
        this.postgres = postgres;
        this.postmaster = Processes.readPid(dataDirectory.resolve("postmaster.pid"))
                .flatMap(ProcessHandle::of)
                .filter(h -> Processes.commandLine(h).contains("postgres"))
                .orElse(null);
    }

    /**
     * Starts PostgreSQL on 127.0.0.1:{@code port} with its cluster in {@code dataDirectory}; server
     * output goes to {@code logFile}.
     */
    public static EmbeddedPostgresServer start(Path dataDirectory, int port, Path logFile) {
        try {
            Files.createDirectories(dataDirectory);
            Files.createDirectories(logFile.getParent());
        } catch (IOException e) {
            throw new LauncherException("cannot create " + dataDirectory + ": " + e.getMessage(), e);
        }
        reapOrphanPostmaster(dataDirectory);
        Processes.requirePortFree(port, "PostgreSQL");
        boolean fresh = !Files.exists(dataDirectory.resolve("postgresql.conf"));
        Log.info((fresh ? "initialising new" : "reusing") + " PostgreSQL data in " + dataDirectory);
        try {
            EmbeddedPostgres pg = EmbeddedPostgres.builder()
                    .setPort(port)
                    .setDataDirectory(dataDirectory.toFile())
                    .setCleanDataDirectory(false)
                    // we stop PostgreSQL ourselves, after the services: zonky's own hook would race them
                    .setRegisterShutdownHook(false)
                    .setServerConfig("listen_addresses", "localhost")
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setOutputRedirector(Redirect.appendTo(logFile.toFile()))
                    .setErrorRedirector(Redirect.appendTo(logFile.toFile()))
                    .start();
            return new EmbeddedPostgresServer(dataDirectory, port, pg);
        } catch (IOException | RuntimeException e) {
            throw new LauncherException("PostgreSQL failed to start on port " + port + ": " + e.getMessage()
                    + System.lineSeparator() + Processes.tail(logFile, 30), e);
        }
    }

    /**
     * After a SIGKILL of the launcher the postmaster keeps running (pg_ctl detaches it into its own
     * session). Its postmaster.pid then names a live postgres process: stop it so this start can proceed.
     * A postmaster.pid whose process is gone is harmless; PostgreSQL itself ignores it.
     */
    private static void reapOrphanPostmaster(Path dataDirectory) {
        Optional<Long> pid = Processes.readPid(dataDirectory.resolve("postmaster.pid"));
        if (pid.isEmpty()) {
            return;
        }
        ProcessHandle.of(pid.get())
                .filter(ProcessHandle::isAlive)
                .filter(h -> Processes.commandLine(h).contains("postgres"))
                .ifPresent(h -> {
                    Log.info("stopping PostgreSQL left over from a previous run (pid " + h.pid() + ")");
                    // SIGTERM = smart shutdown; orphaned clients were reaped before this point
                    Processes.stop(h, "PostgreSQL (orphan)", 30);
                });
    }

    public int port() {
        return port;
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    /** The postmaster process, for liveness monitoring. */
    public Optional<ProcessHandle> postmaster() {
        return Optional.ofNullable(postmaster);
    }

    /** Creates {@code database} (owner postgres) unless it exists. */
    public void ensureDatabase(String database) {
        if (!database.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("unsupported database name " + database);
        }
        try (Connection c = DriverManager.getConnection(jdbcUrl("postgres"), "postgres", "")) {
            try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
                ps.setString(1, database);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        return;
                    }
                }
            }
            try (Statement st = c.createStatement()) {
                st.execute("CREATE DATABASE " + database);
            }
            Log.info("created database '" + database + "'");
        } catch (SQLException e) {
            throw new LauncherException("cannot create database " + database + ": " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            postgres.close(); // pg_ctl stop -m fast
        } catch (IOException | RuntimeException e) {
            Log.error("PostgreSQL stop reported: " + e.getMessage());
        }
        // pg_ctl returns once postmaster.pid is gone; wait for the process itself too
        if (postmaster != null) {
            Processes.stop(postmaster, "PostgreSQL", 20);
        }
    }
}

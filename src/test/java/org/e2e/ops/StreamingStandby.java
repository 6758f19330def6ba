package org.e2e.ops;

import java.net.URI;
import java.util.function.Predicate;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A real streaming standby of the local PostgreSQL cluster, for the integration tests: {@code pg_basebackup -R} into
 * a temporary directory, started with {@code pg_ctl} on a free port as the {@code postgres} OS user, stopped and
 * deleted by {@link #close()}.
 *
 * <p>A base backup needs a replication connection, which a pg_hba.conf rule for {@code all} databases does not
 * cover. When the cluster has no replication rule for 127.0.0.1, this class adds
 * {@code host replication all 127.0.0.1/32 trust} (the trust the cluster already gives 127.0.0.1) to its hba file,
 * reloads, and takes the line out again on close. That needs write access to the hba file: root (as CI runs) or the
 * postgres user. {@code wal_level=replica} and {@code max_wal_senders > 0}, PostgreSQL's defaults, are checked.
 */
final class StreamingStandby implements AutoCloseable {

    private static final String HBA_LINE = "host replication all 127.0.0.1/32 trust # added by the e2e StreamingStandby test";

    private final String primaryUrl;
    private final String user;
    private final String password;
    private Path directory;
    private Path data;
    private final String bin;
    private final int port;
    private Path hbaFile;
    private boolean running;

    /** Backs up the primary at {@code primaryUrl} (jdbc:postgresql://host:port/) and starts the standby on {@code port}. */
    StreamingStandby(String primaryUrl, String user, String password, int port) throws Exception {
        this.primaryUrl = primaryUrl;
        this.user = user;
        this.password = password;
        this.port = port;
        String settings;
        try (Connection c = DriverManager.getConnection(primaryUrl + "postgres", user, password); Statement s = c.createStatement()) {
            require(s, "show wal_level", v -> !v.equals("minimal"), "wal_level must be replica or logical");
            require(s, "show max_wal_senders", v -> Integer.parseInt(v) > 0, "max_wal_senders must be above 0");
            bin = value(s, "select setting from pg_config where name = 'BINDIR'");
            // A hot standby needs at least the primary's values of these.
            StringBuilder conf = new StringBuilder();
            for (String name : List.of("max_connections", "max_worker_processes", "max_wal_senders", "max_prepared_transactions",
                    "max_locks_per_transaction")) {
                conf.append(name).append(" = ").append(value(s, "show " + name)).append('\n');
            }
            settings = conf.toString();
            allowReplication(s);
        }
        try {
            create(settings);
        } catch (Exception e) {
            close(); // nothing is left behind: no directory, no hba line
            throw e;
        }
    }

    private void create(String settings) throws Exception {
        directory = Files.createTempDirectory("e2e-standby");
        data = directory.resolve("data");
        UserPrincipal postgres = directory.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("postgres");
        Files.setOwner(directory, postgres);
        String host = URI.create(primaryUrl.substring("jdbc:".length())).getHost();
        int primaryPort = Math.max(URI.create(primaryUrl.substring("jdbc:".length())).getPort(), 5432);
        run(bin + "/pg_basebackup", "-h", host, "-p", String.valueOf(primaryPort), "-U", user, "-D", data.toString(), "-R",
                "-X", "stream", "-c", "fast");
        // Debian keeps the primary's configuration outside its data directory: the standby gets its own.
        Path conf = data.resolve("postgresql.conf");
        Files.writeString(conf, "port = " + port + "\nlisten_addresses = '127.0.0.1'\nunix_socket_directories = '" + directory
                + "'\nhot_standby = on\nshared_buffers = 32MB\n" + settings);
        Files.writeString(data.resolve("pg_hba.conf"), "local all all trust\nhost all all 127.0.0.1/32 trust\n");
        Files.writeString(data.resolve("pg_ident.conf"), "");
        for (Path p : List.of(conf, data.resolve("pg_hba.conf"), data.resolve("pg_ident.conf"))) {
            Files.setOwner(p, postgres);
        }
        Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwx------"));
        start();
    }

    /** jdbc:postgresql://127.0.0.1:port/ of the standby. */
    String url() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/";
    }

    void start() throws Exception {
        run(bin + "/pg_ctl", "-D", data.toString(), "-l", directory.resolve("standby.log").toString(), "-w", "-t", "60", "start");
        running = true;
    }

    /** A fast shutdown: the standby disconnects its clients and stops. */
    void stop() throws Exception {
        if (running) {
            run(bin + "/pg_ctl", "-D", data.toString(), "-m", "fast", "-w", "stop");
            running = false;
        }
    }

    /** Runs one statement on the standby's {@code database} and returns the first column of its first row. */
    String query(String database, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(url() + database, user, password); Statement s = c.createStatement()) {
            return value(s, sql);
        }
    }

    @Override
    public void close() throws Exception {
        try {
            stop();
        } finally {
            if (directory != null) {
                try (Stream<Path> files = Files.walk(directory)) {
                    files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
            if (hbaFile != null) {
                List<String> lines = new ArrayList<>(Files.readAllLines(hbaFile));
                lines.remove(HBA_LINE);
                Files.write(hbaFile, lines);
                reload();
            }
        }
    }

    /** Adds the replication rule to the primary's pg_hba.conf when no rule lets 127.0.0.1 replicate. */
    private void allowReplication(Statement s) throws Exception {
        try (ResultSet rs = s.executeQuery("select count(*) from pg_hba_file_rules where 'replication' = any(database)"
                + " and (type = 'local' or address is null or address in ('127.0.0.1', 'all', 'samehost'))")) {
            rs.next();
            if (rs.getLong(1) > 0) {
                return;
            }
        }
        Path file = Path.of(value(s, "show hba_file"));
        if (!Files.isWritable(file)) {
            throw new IllegalStateException("The cluster allows no replication connection from 127.0.0.1 and " + file
                    + " is not writable here: add '" + HBA_LINE.substring(0, HBA_LINE.indexOf(" #")) + "' and reload PostgreSQL.");
        }
        List<String> lines = new ArrayList<>(Files.readAllLines(file));
        lines.add(HBA_LINE);
        Files.write(file, lines);
        hbaFile = file;
        reload();
    }

    private void reload() throws SQLException {
        try (Connection c = DriverManager.getConnection(primaryUrl + "postgres", user, password); Statement s = c.createStatement()) {
            s.execute("select pg_reload_conf()");
        }
    }

    /** Runs a PostgreSQL tool as the postgres OS user (through runuser when this process is root). */
    private void run(String... command) throws Exception {
        List<String> full = new ArrayList<>();
        if ("root".equals(System.getProperty("user.name"))) {
            full.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        full.addAll(List.of(command));
        Process p = new ProcessBuilder(full).directory(directory.toFile()).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes());
        if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", full) + " failed: " + output);
        }
    }

    private static String value(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static void require(Statement s, String sql, Predicate<String> ok, String message) throws SQLException {
        if (!ok.test(value(s, sql))) {
            throw new IllegalStateException("A streaming standby needs the primary's " + message + ".");
        }
    }
}

package com.jixiao.common.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import lombok.extern.slf4j.Slf4j;

/**
 * The data folder of the embedded PostgreSQL and the rules that keep one application on one server
 * on one folder:
 * <ul>
 *   <li>the application holds an OS file lock on {@code <folder>.lock} (beside the folder: initdb wants an
 *       empty one) while it runs, so a second
 *       instance on the same folder is refused with a clear message (the OS releases the lock when
 *       the process dies, even by {@code kill -9});</li>
 *   <li>a PostgreSQL still running on the folder once the lock is ours was left by an application
 *       that died without stopping it: it is stopped (fast shutdown) before ours starts;</li>
 *   <li>the port: an explicit one must be free, or start-up is refused; "auto" (0) reuses the port
 *       recorded in {@code <folder>.port} when it is free, else takes a free one and records it.</li>
 * </ul>
 * What PostgreSQL then serves is checked by {@link EmbeddedPostgresConfiguration} (data_directory
 * and durability settings), so that the application never runs against a server it did not start.
 */
@Slf4j
final class EmbeddedDataFolder implements AutoCloseable {

    private static final Duration STALE_SERVER_STOP_WAIT = Duration.ofSeconds(60);

    private final Path directory;
    private final FileChannel lockChannel;
    private final FileLock lock;

    private EmbeddedDataFolder(Path directory, FileChannel lockChannel, FileLock lock) {
        this.directory = directory;
        this.lockChannel = lockChannel;
        this.lock = lock;
    }

    /** Creates the folder if needed and takes it for this application, or refuses. */
    static EmbeddedDataFolder claim(Path configured) {
        try {
            Files.createDirectories(configured);
            Path directory = configured.toRealPath();
            FileChannel channel = FileChannel.open(beside(directory, ".lock"), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null; // held by this same JVM (another application context in it)
            }
            if (lock == null) {
                channel.close();
                throw new EmbeddedDatabaseRefusedException("数据目录 " + directory + " 正由另一个 Jixiao 实例使用。"
                        + "每个实例需要自己的数据目录（jixiao.embedded-db.directory）。");
            }
            return new EmbeddedDataFolder(directory, channel, lock);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the embedded database folder " + configured, e);
        }
    }

    Path directory() {
        return directory;
    }

    private static Path beside(Path directory, String suffix) {
        return directory.resolveSibling(directory.getFileName() + suffix);
    }

    /**
     * Stops a PostgreSQL that still runs on this folder (its application died), or removes a lock
     * file whose PID now belongs to another program. A lock file of a server that is gone is left
     * to PostgreSQL.
     */
    void stopStaleServer() {
        Path pidFile = directory.resolve("postmaster.pid");
        Optional<ProcessHandle> server = postmaster(pidFile);
        if (server.isEmpty()) {
            return;
        }
        ProcessHandle process = server.get();
        log.warn("A PostgreSQL (pid {}) left running by an earlier Jixiao still serves {}: stopping it before "
                + "starting this instance's own", process.pid(), directory);
        signalFastShutdown(process);
        try {
            process.onExit().get(STALE_SERVER_STOP_WAIT.toSeconds(), java.util.concurrent.TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new EmbeddedDatabaseRefusedException("数据目录 " + directory + " 上遗留的 PostgreSQL（进程 "
                    + process.pid() + "）在 " + STALE_SERVER_STOP_WAIT.toSeconds() + " 秒内未能停止，请手动停止后再启动。");
        }
    }

    private Optional<ProcessHandle> postmaster(Path pidFile) {
        if (!Files.exists(pidFile)) {
            return Optional.empty();
        }
        try {
            List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
            long pid = Long.parseLong(lines.get(0).trim());
            Optional<ProcessHandle> process = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
            if (process.isEmpty()) {
                // A crashed server: PostgreSQL itself checks the stale file and that no orphaned backend still
                // uses its shared memory, which deleting the file would skip.
                return Optional.empty();
            }
            if (servesThisFolder(process.get())) {
                return process;
            }
            // Another program (or another folder's PostgreSQL) got the PID after the server died: PostgreSQL would
            // refuse to start on it forever, and it must not be stopped.
            log.info("Removing stale {} (pid {} is not PostgreSQL)", pidFile, pid);
            Files.deleteIfExists(pidFile);
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            log.warn("Cannot read {}; leaving it to PostgreSQL", pidFile, e);
            return Optional.empty();
        }
    }

    /** A PostgreSQL started with this folder as its -D (as zonky's pg_ctl starts it). */
    private boolean servesThisFolder(ProcessHandle process) {
        ProcessHandle.Info info = process.info();
        boolean postgres = info.command().map(command -> command.contains("postgres")).orElse(false);
        // Where the system does not tell the arguments, a PostgreSQL named in our own lock file is taken as ours.
        return postgres && info.commandLine().map(line -> line.contains(directory.toString())).orElse(true);
    }

    /** SIGINT is PostgreSQL's fast shutdown; SIGTERM (Java's destroy) would wait for its clients. */
    private static void signalFastShutdown(ProcessHandle process) {
        try {
            Process kill = new ProcessBuilder("kill", "-INT", Long.toString(process.pid())).start();
            if (kill.waitFor() == 0) {
                return;
            }
        } catch (IOException e) {
            log.debug("no kill command", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        process.destroy();
    }

    /**
     * The port for this start: the configured one if positive and free (else a refusal), or for 0
     * the recorded port if still free, else a free one, recorded for the next start.
     */
    int choosePort(int configured) {
        if (configured > 0) {
            if (!isFree(configured)) {
                throw new EmbeddedDatabaseRefusedException("嵌入式数据库端口 " + configured + " 已被其他程序占用。"
                        + "请换一个端口（jixiao.embedded-db.port），或设为 0 由系统自动选择空闲端口。");
            }
            return configured;
        }
        OptionalInt recorded = recordedPort();
        int port = recorded.isPresent() && isFree(recorded.getAsInt()) ? recorded.getAsInt() : freePort();
        try {
            Files.writeString(beside(directory, ".port"), port + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return port;
    }

    private OptionalInt recordedPort() {
        try {
            Path file = beside(directory, ".port");
            return Files.exists(file) ? OptionalInt.of(Integer.parseInt(Files.readString(file).trim()))
                    : OptionalInt.empty();
        } catch (IOException | NumberFormatException e) {
            return OptionalInt.empty();
        }
    }

    private static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(false);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port for the embedded database", e);
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
            lockChannel.close();
        } catch (IOException e) {
            log.warn("Cannot release {}", beside(directory, ".lock"), e);
        }
    }
}

package fr.bocage.ingest.extraction;

import java.io.File;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/**
 * Extracts text in child JVMs so that a hostile or broken document can only hurt a worker: a parse that runs
 * past the timeout is stopped by killing its process, and a crash or OutOfMemoryError stays in the child.
 * Up to {@code limits.concurrency()} workers are started lazily and reused; further callers wait for one.
 * Thread-safe.
 */
public final class WorkerPoolExtractor implements Extractor {

    private static final String WORKER_MAIN = "fr.bocage.ingest.worker.ExtractionWorker";

    private final ExtractionLimits limits;
    private final List<String> command;
    private final Redirect stderr;
    private final Semaphore permits;
    private final Deque<WorkerProcess> idle = new ArrayDeque<>();
    private final Set<WorkerProcess> running = ConcurrentHashMap.newKeySet();
    private final ScheduledThreadPoolExecutor watchdog;
    private final AtomicLong lost = new AtomicLong();
    private volatile boolean closed;

    /** Workers run with this JVM's java, and their stderr is discarded. */
    public WorkerPoolExtractor(ExtractionLimits limits, String classpath) {
        this(limits, classpath, Path.of(System.getProperty("java.home"), "bin", "java"), null);
    }

    /**
     * @param classpath      classpath of the workers: Tika, its parsers and this package; see {@link #classpathOf}
     * @param javaExecutable the java launcher for the workers
     * @param stderrLog      file the workers' stderr (parser warnings) is appended to; null to discard it
     */
    public WorkerPoolExtractor(ExtractionLimits limits, String classpath, Path javaExecutable, Path stderrLog) {
        this.limits = Objects.requireNonNull(limits, "limits");
        this.command = List.of(javaExecutable.toString(), "-Xmx" + limits.workerHeap(), "-XX:+UseSerialGC",
                // C1 only: a worker spent two thirds of its CPU in C2 compiling Tika, POI and PDFBox during an import of
                // 2,060 documents, for code no faster than C1's on this branchy work (README, issue 17).
                "-XX:TieredStopAtLevel=1",
                "-Djava.awt.headless=true", "-cp", Objects.requireNonNull(classpath, "classpath"), WORKER_MAIN);
        this.stderr = stderrLog == null ? Redirect.DISCARD : Redirect.appendTo(stderrLog.toFile());
        this.permits = new Semaphore(limits.concurrency(), true);
        this.watchdog = new ScheduledThreadPoolExecutor(1, task -> {
            Thread thread = new Thread(task, "extraction-watchdog");
            thread.setDaemon(true);
            return thread;
        });
        this.watchdog.setRemoveOnCancelPolicy(true);
    }

    /** The classpath made of every jar in a directory, such as the extractor folder beside the WAR. */
    public static String classpathOf(Path jarDirectory) {
        return jarDirectory.toAbsolutePath() + File.separator + "*";
    }

    @Override
    public ExtractionResult extract(Path source, Path textTarget) throws IOException {
        if (!Files.isRegularFile(source)) {
            throw new NoSuchFileException(source.toString());
        }
        Objects.requireNonNull(textTarget, "textTarget");
        WorkerProtocol.Request request = new WorkerProtocol.Request(source.toAbsolutePath(),
                textTarget.toAbsolutePath(), limits.maxChars(), limits.maxEmbeddedDepth());
        try {
            permits.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting for an extraction worker");
        }
        try {
            WorkerProcess worker = takeWorker();
            ExtractionResult result = worker.run(request, limits.timeout());
            giveBack(worker);
            return result;
        } finally {
            permits.release();
        }
    }

    /** Starts every worker now rather than on first use, e.g. at server start. */
    @Override
    public void prestart() throws IOException {
        permits.acquireUninterruptibly(limits.concurrency());
        List<WorkerProcess> started = new ArrayList<>();
        try {
            // Take them all before giving any back: a worker given back would be taken again.
            while (started.size() < limits.concurrency()) {
                started.add(takeWorker());
            }
        } finally {
            started.forEach(this::giveBack);
            permits.release(limits.concurrency());
        }
    }

    /** Process handles of the live workers; for tests that check a killed worker is really gone. */
    Set<ProcessHandle> workerProcesses() {
        return running.stream().map(WorkerProcess::handle).collect(Collectors.toSet());
    }

    @Override
    public long restarts() {
        return lost.get();
    }

    @Override
    public void close() {
        closed = true;
        running.forEach(WorkerProcess::destroy);
        running.clear();
        synchronized (idle) {
            idle.clear();
        }
        watchdog.shutdownNow();
    }

    private WorkerProcess takeWorker() throws IOException {
        if (closed) {
            throw new IllegalStateException("extractor is closed");
        }
        synchronized (idle) {
            while (!idle.isEmpty()) {
                WorkerProcess worker = idle.pop();
                if (worker.isAlive()) {
                    return worker;
                }
                running.remove(worker);
                lost.incrementAndGet();
            }
        }
        WorkerProcess worker = WorkerProcess.start(command, stderr, watchdog);
        running.add(worker);
        if (closed) {
            // close() ran while this worker was starting and could not see it.
            worker.destroy();
            throw new IllegalStateException("extractor is closed");
        }
        return worker;
    }

    private void giveBack(WorkerProcess worker) {
        if (closed || !worker.isAlive()) {
            if (!closed) {
                lost.incrementAndGet();
            }
            worker.destroy();
            running.remove(worker);
            return;
        }
        synchronized (idle) {
            idle.push(worker);
        }
    }
}

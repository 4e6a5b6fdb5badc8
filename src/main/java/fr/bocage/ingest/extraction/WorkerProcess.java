package fr.bocage.ingest.extraction;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/** One child JVM running ExtractionWorker, used by one caller at a time. */
final class WorkerProcess {

    /** Loading Tika and the language profiles takes a few seconds; far more means the JVM is stuck. */
    private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(90);

    private final Process process;
    private final DataInputStream in;
    private final DataOutputStream out;
    private final ScheduledExecutorService watchdog;

    private WorkerProcess(Process process, ScheduledExecutorService watchdog) {
        this.process = process;
        this.watchdog = watchdog;
        this.in = new DataInputStream(new BufferedInputStream(process.getInputStream()));
        this.out = new DataOutputStream(new BufferedOutputStream(process.getOutputStream()));
    }

    /** Starts a worker and waits until it has loaded its parsers. */
    static WorkerProcess start(List<String> command, Redirect stderr, ScheduledExecutorService watchdog)
            throws IOException {
        Process process = new ProcessBuilder(command).redirectError(stderr).start();
        WorkerProcess worker = new WorkerProcess(process, watchdog);
        AtomicBoolean killed = new AtomicBoolean();
        ScheduledFuture<?> kill = worker.killAfter(STARTUP_TIMEOUT, killed);
        try {
            WorkerProtocol.readReady(worker.in);
            return worker;
        } catch (IOException e) {
            worker.destroy();
            String reason = killed.get() ? "did not start within " + STARTUP_TIMEOUT.toSeconds() + " s"
                    : "failed to start (" + worker.exitDescription() + ")";
            throw new IOException("extraction worker " + reason + "; command: " + String.join(" ", command), e);
        } finally {
            kill.cancel(false);
        }
    }

    /**
     * Runs one request. The worker is killed if it has not answered within the timeout; the caller must then
     * discard it, which {@link #isAlive()} tells.
     */
    ExtractionResult run(WorkerProtocol.Request request, Duration timeout) {
        long start = System.nanoTime();
        AtomicBoolean killed = new AtomicBoolean();
        ScheduledFuture<?> kill = killAfter(timeout, killed);
        try {
            WorkerProtocol.writeRequest(out, request);
            out.flush();
            return WorkerProtocol.readResult(in);
        } catch (IOException e) {
            destroy();
            deletePartialText(request);
            long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            String message = killed.get() ? "parse timed out after " + describe(timeout)
                    : "extraction worker died (" + exitDescription() + ")";
            return ExtractionResult.failure(ExtractionStatus.FAILED, message, millis);
        } finally {
            kill.cancel(false);
        }
    }

    /** A worker killed mid-write leaves a partial file that could be mistaken for the document's text. */
    private static void deletePartialText(WorkerProtocol.Request request) {
        try {
            Files.deleteIfExists(request.textTarget());
        } catch (IOException e) {
            // The result already says FAILED with 0 chars; a leftover file changes nothing for the caller.
        }
    }

    boolean isAlive() {
        return process.isAlive();
    }

    ProcessHandle handle() {
        return process.toHandle();
    }

    void destroy() {
        process.destroyForcibly();
    }

    private ScheduledFuture<?> killAfter(Duration delay, AtomicBoolean killed) {
        return watchdog.schedule(() -> {
            killed.set(true);
            process.destroyForcibly();
        }, delay.toNanos(), TimeUnit.NANOSECONDS);
    }

    private String exitDescription() {
        try {
            if (process.waitFor(2, TimeUnit.SECONDS)) {
                return "exit code " + process.exitValue();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return "protocol error";
    }

    private static String describe(Duration timeout) {
        return timeout.toMillis() % 1000 == 0 ? timeout.toSeconds() + " s" : timeout.toMillis() + " ms";
    }
}

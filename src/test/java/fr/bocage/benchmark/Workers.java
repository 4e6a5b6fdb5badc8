package fr.bocage.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

/** Runs numbered tasks on a fixed number of threads, each thread taking the next task as soon as it is free. */
final class Workers {

    private Workers() {
    }

    /** Runs {@code task(0 … tasks-1)} on {@code threads} threads and returns the elapsed wall time in nanoseconds. */
    static long run(int threads, int tasks, IntConsumer task) throws InterruptedException {
        AtomicInteger next = new AtomicInteger();
        List<Thread> started = new ArrayList<>();
        long start = System.nanoTime();
        for (int t = 0; t < threads; t++) {
            Thread thread = new Thread(() -> {
                for (int i = next.getAndIncrement(); i < tasks; i = next.getAndIncrement()) {
                    task.accept(i);
                }
            }, "bench-" + t);
            thread.start();
            started.add(thread);
        }
        for (Thread thread : started) {
            thread.join();
        }
        return System.nanoTime() - start;
    }
}

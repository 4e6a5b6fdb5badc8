package fr.bocage.it;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

/** Runs a few requests at the same moment, to meet the races of two submissions at once. */
public final class Concurrently {
    private Concurrently() {
    }

    /** @return each task's result, in the order of their numbers */
    public static <T> List<T> run(int tasks, IntFunction<T> task) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(tasks);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < tasks; i++) {
                int number = i;
                futures.add(threads.submit(() -> {
                    start.await();
                    return task.apply(number);
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            threads.shutdownNow();
        }
    }
}

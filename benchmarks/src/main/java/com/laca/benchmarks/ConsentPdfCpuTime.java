package com.laca.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;

/**
 * Reports the CPU time (not wall-clock time) one consent rendering costs, because on the shared 2-core machine
 * wall-clock percentiles mostly measure the other builds; run with
 * {@code java -cp benchmarks/target/benchmarks.jar com.laca.benchmarks.ConsentPdfCpuTime}.
 */
public final class ConsentPdfCpuTime {

    private static final int WARM_UP = 300;
    private static final int MEASURED = 300;

    private ConsentPdfCpuTime() {
    }

    public static void main(String[] args) {
        ConsentPdfBenchmark benchmark = new ConsentPdfBenchmark();
        benchmark.setUp();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int i = 0; i < WARM_UP; i++) {
            benchmark.renderConsent();
        }
        long[] cpu = new long[MEASURED];
        long[] wall = new long[MEASURED];
        int bytes = 0;
        for (int i = 0; i < MEASURED; i++) {
            long cpuBefore = threads.getCurrentThreadCpuTime();
            long wallBefore = System.nanoTime();
            bytes = benchmark.renderConsent().content().length;
            cpu[i] = threads.getCurrentThreadCpuTime() - cpuBefore;
            wall[i] = System.nanoTime() - wallBefore;
        }
        Arrays.sort(cpu);
        Arrays.sort(wall);
        System.out.printf("%d renderings of %d bytes: CPU p50 %.1f ms, p90 %.1f ms; wall-clock p50 %.1f ms, p90 %.1f ms%n",
                MEASURED, bytes, cpu[MEASURED / 2] / 1e6, cpu[MEASURED * 9 / 10] / 1e6, wall[MEASURED / 2] / 1e6,
                wall[MEASURED * 9 / 10] / 1e6);
    }
}

package dev.kefu.returns.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import com.sun.management.OperatingSystemMXBean;

/**
 * CPU time spent so far by this JVM and by every PostgreSQL process on the machine, so a
 * benchmark can say where a transition's cost lies (Linux only: it reads /proc).
 *
 * @param jvmNanos this JVM's CPU time
 * @param postgresNanos the PostgreSQL processes' CPU time
 */
record CpuTime(long jvmNanos, long postgresNanos) {

	private static final long NANOS_PER_TICK = 10_000_000L;

	static CpuTime now() {
		long jvm = ((OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
		long postgres = ProcessHandle.allProcesses()
			.filter((p) -> p.info().command().map((c) -> c.endsWith("/postgres")).orElse(false))
			.mapToLong(CpuTime::ticksOf)
			.sum() * NANOS_PER_TICK;
		return new CpuTime(jvm, postgres);
	}

	/**
	 * CPU microseconds per operation since an earlier reading.
	 * @param earlier the earlier reading
	 * @param operations how many operations ran in between
	 * @return "JVM x µs + PostgreSQL y µs"
	 */
	String perOperationSince(CpuTime earlier, int operations) {
		return String.format(Locale.ROOT, "JVM %.0f µs + PostgreSQL %.0f µs",
				(this.jvmNanos - earlier.jvmNanos) / 1e3 / operations,
				(this.postgresNanos - earlier.postgresNanos) / 1e3 / operations);
	}

	private static long ticksOf(ProcessHandle process) {
		try {
			String stat = Files.readString(Path.of("/proc", Long.toString(process.pid()), "stat"));
			String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
			// utime and stime are the 14th and 15th fields; the split starts at the 3rd.
			return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
		}
		catch (IOException | RuntimeException ex) {
			return 0;
		}
	}

}

package dev.kefu.returns.workflow;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;

/**
 * Runs due deadlines and side effects on this node, every poll interval, until none are
 * due. Several nodes may run it: each task is taken by one of them at a time.
 */
class CaseTaskScheduler implements SmartLifecycle {

	private static final Logger logger = LoggerFactory.getLogger(CaseTaskScheduler.class);

	private final CaseTaskRunner runner;

	private final ReturnsSettings settings;

	private ScheduledExecutorService executor;

	CaseTaskScheduler(CaseTaskRunner runner, ReturnsSettings settings) {
		this.runner = runner;
		this.settings = settings;
	}

	@Override
	public synchronized void start() {
		this.executor = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("return-tasks").factory());
		long interval = this.settings.tasks().pollInterval().toMillis();
		this.executor.scheduleWithFixedDelay(this::runAllDue, interval, interval, TimeUnit.MILLISECONDS);
	}

	private void runAllDue() {
		try {
			while (this.runner.runDue() == this.settings.tasks().batchSize()
					&& !Thread.currentThread().isInterrupted()) {
				// A full batch: more may be due.
			}
		}
		catch (RuntimeException ex) {
			logger.warn("Running due return-case tasks failed; trying again at the next poll", ex);
		}
	}

	@Override
	public synchronized void stop() {
		if (this.executor != null) {
			this.executor.shutdownNow();
			this.executor = null;
		}
	}

	@Override
	public synchronized boolean isRunning() {
		return this.executor != null;
	}

}

package dev.kefu.bot.background;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;

/**
 * Runs a piece of work on one daemon thread with a fixed delay between runs, from the
 * application's start to its stop. A run that fails is logged and the next one comes on
 * time: every such job here is idempotent and safe on several nodes at once.
 */
public abstract class PeriodicWork implements SmartLifecycle {

	private final Logger logger = LoggerFactory.getLogger(getClass());

	private final String name;

	private ScheduledExecutorService executor;

	protected PeriodicWork(String name) {
		this.name = name;
	}

	/** One run. */
	protected abstract void runOnce();

	/**
	 * The delay between runs.
	 * @return the delay
	 */
	protected abstract Duration interval();

	/**
	 * Whether the work runs at all (a setting may turn it off).
	 * @return true to run
	 */
	protected boolean enabled() {
		return true;
	}

	@Override
	public void start() {
		if (!enabled()) {
			return;
		}
		this.executor = Executors
			.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().name(this.name).factory());
		long every = interval().toMillis();
		this.executor.scheduleWithFixedDelay(() -> {
			try {
				runOnce();
			}
			catch (RuntimeException ex) {
				this.logger.warn("{} failed; trying again in {} ms", this.name, every, ex);
			}
		}, every, every, TimeUnit.MILLISECONDS);
	}

	@Override
	public void stop() {
		if (this.executor != null) {
			this.executor.shutdownNow();
			this.executor = null;
		}
	}

	@Override
	public boolean isRunning() {
		return this.executor != null;
	}

}

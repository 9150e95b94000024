package dev.kefu.knowledge;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;

/**
 * Brings every shop's index up to date before the application takes requests, then keeps
 * it there: polls the change feed (other nodes' changes) and catches up at once when this
 * node changes something.
 */
class IndexSyncScheduler implements SmartLifecycle {

	private static final Logger logger = LoggerFactory.getLogger(IndexSyncScheduler.class);

	private final KnowledgeSearches synchronizer;

	private final KnowledgeSettings settings;

	private ScheduledExecutorService executor;

	IndexSyncScheduler(KnowledgeSearches synchronizer, KnowledgeSettings settings) {
		this.synchronizer = synchronizer;
		this.settings = settings;
	}

	@Override
	public synchronized void start() {
		this.synchronizer.catchUp();
		this.executor = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("kb-index-sync").factory());
		long interval = this.settings.syncInterval().toMillis();
		this.executor.scheduleWithFixedDelay(this::catchUpQuietly, interval, interval, TimeUnit.MILLISECONDS);
	}

	/**
	 * Catches up now, after a change this node made.
	 */
	void trigger() {
		ScheduledExecutorService running = this.executor;
		if (running != null && !running.isShutdown()) {
			running.execute(this::catchUpQuietly);
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

	/**
	 * Before the web server (which starts at {@code DEFAULT_PHASE - 1024}) takes
	 * requests.
	 */
	@Override
	public int getPhase() {
		return 0;
	}

	private void catchUpQuietly() {
		try {
			this.synchronizer.catchUp();
		}
		catch (RuntimeException ex) {
			// The next round retries; the index stays as it was, never half-applied.
			logger.warn("Could not catch the knowledge index up with the database", ex);
		}
	}

}

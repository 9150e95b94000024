package dev.kefu.knowledge;

/**
 * Lets the editors ask the index to catch up without depending on the scheduler, which
 * depends on them through the synchronizer.
 */
final class IndexSyncTrigger implements Runnable {

	private volatile Runnable target = () -> {
	};

	void connect(Runnable target) {
		this.target = target;
	}

	@Override
	public void run() {
		this.target.run();
	}

}

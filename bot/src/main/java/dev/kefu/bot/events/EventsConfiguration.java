package dev.kefu.bot.events;

import java.util.concurrent.Executor;

import org.springframework.boot.task.ThreadPoolTaskExecutorBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.modulith.events.core.EventSerializer;
import org.springframework.scheduling.annotation.AsyncConfigurer;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * Where the registry's listeners ({@code @ApplicationModuleListener}: after the commit,
 * asynchronous, in a transaction of their own) run, and how their events are stored.
 */
@Configuration(proxyBeanMethods = false)
@EnableAsync
class EventsConfiguration {

	/**
	 * The executor of {@code @Async} work, sized by {@code spring.task.execution.*}. Boot
	 * makes none itself here (the STOMP broker's executors are there already), and
	 * {@code spring.task.execution.mode=force} would make its one the STOMP channels'
	 * executor as well; without one, {@code @Async} would start a thread per task. One
	 * thread: a case's news reaches the conversation in the order its moves committed. A
	 * bounded queue: when it is full the task is refused, its publication stays
	 * incomplete and {@link OutstandingEvents} delivers it later.
	 * @param builder the builder Boot configures, with the {@code spring.task.execution}
	 * settings
	 * @return the executor
	 */
	@Bean
	ThreadPoolTaskExecutor eventExecutor(ThreadPoolTaskExecutorBuilder builder) {
		return builder.build();
	}

	@Bean
	AsyncConfigurer eventExecutorForAsync(ThreadPoolTaskExecutor eventExecutor) {
		return new AsyncConfigurer() {

			@Override
			public Executor getAsyncExecutor() {
				return eventExecutor;
			}

		};
	}

	/**
	 * The registry's stored form of events, in place of the one Spring Modulith makes
	 * from the application's mapper (see {@link StoredEvents}).
	 * @return the serializer
	 */
	@Bean
	@Primary
	EventSerializer storedEvents() {
		return new StoredEvents();
	}

}

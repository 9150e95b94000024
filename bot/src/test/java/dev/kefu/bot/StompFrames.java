package dev.kefu.bot;

import java.lang.reflect.Type;
import java.util.Map;
import java.util.function.Consumer;

import org.springframework.messaging.simp.stomp.StompFrameHandler;
import org.springframework.messaging.simp.stomp.StompHeaders;

/**
 * The STOMP frame handler every test client and benchmark uses: each frame's JSON body as
 * a map, handed to a consumer.
 */
public final class StompFrames {

	private StompFrames() {
	}

	public static StompFrameHandler asMaps(Consumer<Map<String, Object>> consumer) {
		return new StompFrameHandler() {
			@Override
			public Type getPayloadType(StompHeaders headers) {
				return Map.class;
			}

			@Override
			@SuppressWarnings("unchecked")
			public void handleFrame(StompHeaders headers, Object payload) {
				consumer.accept((Map<String, Object>) payload);
			}
		};
	}

}

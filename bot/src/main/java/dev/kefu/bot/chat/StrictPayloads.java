package dev.kefu.bot.chat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kefu.bot.input.TextPolicy;
import dev.kefu.bot.input.TextRejected;

import org.springframework.lang.Nullable;
import org.springframework.messaging.Message;
import org.springframework.messaging.converter.MappingJackson2MessageConverter;
import org.springframework.messaging.converter.MessageConversionException;

/**
 * Reads STOMP frame bodies with the application's strict JSON reader, after checking
 * their bytes against the {@link TextPolicy}: a frame is bytes, and a lenient decoder
 * would turn invalid UTF-8 into other characters before any JSON rule saw them.
 */
final class StrictPayloads extends MappingJackson2MessageConverter {

	StrictPayloads(ObjectMapper wireJson) {
		super(wireJson);
	}

	@Override
	@Nullable
	protected Object convertFromInternal(Message<?> message, Class<?> targetClass, @Nullable Object conversionHint) {
		if (message.getPayload() instanceof byte[] bytes) {
			TextPolicy.violation(bytes).ifPresent((violation) -> {
				throw new MessageConversionException(message, "The frame's body " + violation + ".",
						new TextRejected("The frame's body", violation));
			});
		}
		return super.convertFromInternal(message, targetClass, conversionHint);
	}

}

package dev.kefu.bot.input;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;

import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The application's {@link ObjectMapper} reads what comes in over HTTP and STOMP, so it
 * reads strictly: a number is not a string and a string is not a number, 1.9 is not an
 * integer, nothing may follow the JSON value, and unknown properties and enum values are
 * refused with their names. Every string it reads also passes the {@link TextPolicy}.
 * JSON that Kefu writes and reads back itself (stored rows) uses its own readers.
 */
@Configuration(proxyBeanMethods = false)
class StrictJsonConfiguration {

	@Bean
	Jackson2ObjectMapperBuilderCustomizer strictWireJson() {
		return (builder) -> builder
			.featuresToEnable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES,
					DeserializationFeature.FAIL_ON_TRAILING_TOKENS, DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS,
					DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
			.featuresToDisable(DeserializationFeature.ACCEPT_FLOAT_AS_INT, MapperFeature.ALLOW_COERCION_OF_SCALARS)
			.modulesToInstall(new SimpleModule("kefu-text-policy").addDeserializer(String.class, new CheckedStrings()))
			.postConfigurer(StrictJsonConfiguration::refuseCoercion);
	}

	private static void refuseCoercion(ObjectMapper mapper) {
		mapper.coercionConfigFor(LogicalType.Textual)
			.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
			.setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
			.setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
		for (LogicalType scalar : new LogicalType[] { LogicalType.Integer, LogicalType.Float, LogicalType.Boolean,
				LogicalType.Enum }) {
			mapper.coercionConfigFor(scalar)
				.setCoercion(CoercionInputShape.String, CoercionAction.Fail)
				.setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
		}
		mapper.coercionConfigFor(LogicalType.Integer).setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
	}

	/**
	 * Strings as Jackson reads them, then checked: a JSON escape such as {@code \u0000}
	 * only becomes a control character once decoded, after the body's bytes were checked.
	 */
	private static final class CheckedStrings extends StdScalarDeserializer<String> {

		CheckedStrings() {
			super(String.class);
		}

		@Override
		public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
			String value = StringDeserializer.instance.deserialize(parser, context);
			if (value != null) {
				var violation = TextPolicy.violation(value);
				if (violation.isPresent()) {
					throw InvalidFormatException.from(parser, "The text " + violation.get(), value, String.class);
				}
			}
			return value;
		}

		@Override
		public LogicalType logicalType() {
			return LogicalType.Textual;
		}

	}

}

package dev.kefu.bot.stored;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.beans.factory.annotation.Qualifier;

/**
 * Asks for the {@code ObjectMapper} of the JSON that Kefu stores in its own tables
 * (settings, dialogue states, hand-off briefs, audit details), not the application's
 * strict one for what comes in over HTTP and STOMP.
 */
@Target({ ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE })
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Qualifier
public @interface StoredJson {

}

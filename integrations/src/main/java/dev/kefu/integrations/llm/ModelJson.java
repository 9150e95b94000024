package dev.kefu.integrations.llm;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.beans.factory.annotation.Qualifier;

/**
 * Asks for the {@code ObjectMapper} that reads what a language model answers (tool
 * arguments, a vision finding) and writes what is sent to it, not the application's
 * strict one for what shoppers and staff send.
 */
@Target({ ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE })
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Qualifier
public @interface ModelJson {

}

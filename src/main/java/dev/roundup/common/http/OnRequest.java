package dev.roundup.common.http;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A field of a list item that goes out only when {@code fields=} names it: a second form of something the item
 * carries anyway (a link's commentary as markdown), kept out of every page so that pages stay small.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.METHOD })
public @interface OnRequest {
}

package dev.roundup.editorial;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/** An ISO 8601 date, local date-time or date-time with offset, as Hugo reads dates; null passes. */
@Documented
@Constraint(validatedBy = IsoDate.Validator.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
public @interface IsoDate {

    String message() default "must be an ISO 8601 date such as 2026-11-22 or 2026-11-22T09:30:00+01:00";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<IsoDate, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || parse(value).isPresent();
        }

        static Optional<OffsetDateTime> parse(String value) {
            String text = value.strip();
            try {
                return Optional.of(OffsetDateTime.parse(text));
            } catch (DateTimeParseException notOffset) {
                // next form
            }
            try {
                return Optional.of(LocalDateTime.parse(text).atOffset(java.time.ZoneOffset.UTC));
            } catch (DateTimeParseException notLocal) {
                // next form
            }
            try {
                return Optional.of(LocalDate.parse(text).atStartOfDay().atOffset(java.time.ZoneOffset.UTC));
            } catch (DateTimeParseException notDate) {
                return Optional.empty();
            }
        }
    }
}

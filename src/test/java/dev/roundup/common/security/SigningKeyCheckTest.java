package dev.roundup.common.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class SigningKeyCheckTest {

    @Test
    void production_without_a_public_key_is_refused() {
        assertThat(SigningKeyCheck.problem(Optional.empty(), Optional.empty())).hasValueSatisfying(
                message -> assertThat(message).contains("MP_JWT_VERIFY_PUBLICKEY_LOCATION"));
    }

    @Test
    void production_with_the_dev_key_is_refused() {
        assertThat(SigningKeyCheck.problem(Optional.of("file:dev-keys/public.pem"), Optional.empty()))
                .hasValueSatisfying(message -> assertThat(message).contains("development key"));
    }

    @Test
    void a_key_of_its_own_passes() {
        assertThat(SigningKeyCheck.problem(Optional.of("file:/etc/roundup/jwt-public.pem"), Optional.empty())).isEmpty();
        assertThat(SigningKeyCheck.problem(Optional.empty(), Optional.of("MIIBIjANBgkq..."))).isEmpty();
    }
}

package dev.roundup.common.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class EditorialApiTest {

    @Test
    void the_editorial_api_is_off_without_a_key_and_on_with_a_location_or_an_inline_key() {
        assertThat(EditorialApi.hasKey(Optional.empty(), Optional.empty())).isFalse();
        assertThat(EditorialApi.hasKey(Optional.of(" "), Optional.of(""))).isFalse();
        assertThat(EditorialApi.hasKey(Optional.of("NONE"), Optional.of("NONE"))).isFalse();
        assertThat(EditorialApi.hasKey(Optional.of("file:/etc/roundup/jwt-public.pem"), Optional.empty())).isTrue();
        assertThat(EditorialApi.hasKey(Optional.empty(), Optional.of("MIIBIjANBgkq..."))).isTrue();
    }

    @Test
    void the_development_key_is_recognised_wherever_its_folder_lies() {
        assertThat(EditorialApi.usesDevKey(Optional.of("file:dev-keys/public.pem"))).isTrue();
        assertThat(EditorialApi.usesDevKey(Optional.of("file:/srv/app/dev-keys/public.pem"))).isTrue();
        assertThat(EditorialApi.usesDevKey(Optional.of("file:/etc/roundup/jwt-public.pem"))).isFalse();
        assertThat(EditorialApi.usesDevKey(Optional.empty())).isFalse();
    }

    @Test
    void writes_need_an_editor_deletions_and_admin_routes_an_admin_and_reads_nothing() {
        assertThat(WriteAccess.rolesNeeded("POST", "/api/v1/posts")).containsExactlyInAnyOrder("editor", "admin");
        assertThat(WriteAccess.rolesNeeded("PATCH", "/api/v1/links/12")).containsExactlyInAnyOrder("editor", "admin");
        assertThat(WriteAccess.rolesNeeded("DELETE", "/api/v1/events/x")).containsExactly("admin");
        assertThat(WriteAccess.rolesNeeded("GET", "/api/v1/admin/imports")).containsExactly("admin");
        assertThat(WriteAccess.rolesNeeded("GET", "/api/v1/admin")).containsExactly("admin");
        assertThat(WriteAccess.rolesNeeded("GET", "/api/v1/posts")).isEmpty();
        assertThat(WriteAccess.rolesNeeded("HEAD", "/api/v1/posts/x")).isEmpty();
        assertThat(WriteAccess.rolesNeeded("OPTIONS", "/api/v1/posts")).isEmpty();
        assertThat(WriteAccess.rolesNeeded("GET", "/api/v1/administrators")).isEmpty();
    }
}

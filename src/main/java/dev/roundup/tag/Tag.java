package dev.roundup.tag;

import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import dev.roundup.common.BaseEntity;

/** A tag, merged across spellings by its slug ("Kafka" and "kafka" are one); the name is the first spelling seen. */
@Entity
@Table(name = "tag")
public class Tag extends BaseEntity {

    @Column(nullable = false, unique = true)
    public String slug;

    @Column(nullable = false)
    public String name;

    public static Optional<Tag> findBySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }
}

package dev.roundup.post;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import dev.roundup.common.BaseEntity;
import dev.roundup.section.Section;
import dev.roundup.tag.Tag;

/** A post: a weekly roundup, or an ordinary article. The importer writes it; the read API maps it to records. */
@Entity
@Table(name = "post")
public class Post extends BaseEntity {

    @Column(nullable = false, unique = true)
    public String slug;

    @Column(nullable = false)
    public String title;

    public String author;

    @Column(name = "published_at", nullable = false)
    public OffsetDateTime publishedAt;

    /** Seconds east of UTC, as the author wrote the date. */
    @Column(name = "published_offset", nullable = false)
    public int publishedOffset;

    public boolean draft;

    public boolean roundup;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> categories = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> keywords = new ArrayList<>();

    public String description;
    public String image;
    public String thumbnail;

    @Column(name = "intro_markdown", nullable = false)
    public String introMarkdown;
    @Column(name = "intro_html", nullable = false)
    public String introHtml;
    @Column(name = "body_markdown", nullable = false)
    public String bodyMarkdown;
    @Column(name = "body_html", nullable = false)
    public String bodyHtml;

    @Column(name = "word_count")
    public int wordCount;
    @Column(name = "reading_minutes")
    public int readingMinutes;

    @Column(name = "source_root", nullable = false)
    public String sourceRoot;
    @Column(name = "source_file", nullable = false)
    public String sourceFile;
    @Column(name = "content_hash", nullable = false)
    public String contentHash;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "front_matter")
    public String frontMatter;

    @ManyToMany
    @JoinTable(name = "post_tag", joinColumns = @JoinColumn(name = "post_id"),
            inverseJoinColumns = @JoinColumn(name = "tag_id"))
    @OrderColumn(name = "position")
    public List<Tag> tags = new ArrayList<>();

    @OneToMany(mappedBy = "post")
    @OrderBy("position")
    public List<Section> sections = new ArrayList<>();

    /** The date with the offset the author wrote. */
    public OffsetDateTime date() {
        return publishedAt.withOffsetSameInstant(ZoneOffset.ofTotalSeconds(publishedOffset));
    }

    public static Optional<Post> findBySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }
}

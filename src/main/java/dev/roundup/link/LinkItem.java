package dev.roundup.link;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import dev.roundup.post.Post;
import dev.roundup.section.Section;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A curated link with the author's commentary, in a section of a roundup. */
@Entity
@Table(name = "link_item")
public class LinkItem extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "post_id")
    public Post post;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "section_id")
    public Section section;

    /** Order within the section. */
    public int position;

    /** Order within the whole post. */
    @Column(name = "post_position")
    public int postPosition;

    @Column(nullable = false)
    public String title;

    @Column(nullable = false)
    public String url;

    public String domain;

    @Column(name = "normalized_url", nullable = false)
    public String normalizedUrl;

    /** The slug of the post this link points to, for relref links between posts. */
    @Column(name = "target_slug")
    public String targetSlug;

    @Column(name = "commentary_markdown", nullable = false)
    public String commentaryMarkdown;
    @Column(name = "commentary_html", nullable = false)
    public String commentaryHtml;
    @Column(name = "commentary_text", nullable = false)
    public String commentaryText;
}

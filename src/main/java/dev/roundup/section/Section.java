package dev.roundup.section;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import dev.roundup.link.LinkItem;
import dev.roundup.post.Post;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A section of a roundup, under its heading as written. Written whole with its post, never on its own. */
@Entity
@Table(name = "section")
public class Section extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "post_id")
    public Post post;

    public int position;

    /** Empty for the untitled section of link items above the first heading. */
    public String heading;

    public String slug;

    @Column(nullable = false)
    public String kind;

    @Column(nullable = false)
    public String markdown;

    @Column(nullable = false)
    public String html;

    @OneToMany(mappedBy = "section")
    @OrderBy("position")
    public List<LinkItem> linkItems = new ArrayList<>();

    public SectionKind sectionKind() {
        return SectionKind.fromDbValue(kind);
    }
}

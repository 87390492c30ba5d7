package dev.roundup.common.paging;

import java.util.List;

/** A response body that is one page of a list: {@link Page}, or a page with more beside it (a search's facets). */
public interface Paged {

    List<?> items();

    Page.Meta meta();
}

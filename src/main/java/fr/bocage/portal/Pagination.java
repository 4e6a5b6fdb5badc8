package fr.bocage.portal;

import fr.bocage.search.SearchService;
import java.util.ArrayList;
import java.util.List;

/** Links to the pages around the current one, the first and the last: a handful, however many pages there are. */
public final class Pagination {
    private static final int AROUND = 2;

    private final List<Link> pages = new ArrayList<>();
    private final String previous;
    private final String next;

    Pagination(SearchUrl url, long total, int page, int size) {
        // Results beyond the search's depth limit cannot be paged to.
        int last = (int) Math.max(1, (Math.min(total, SearchService.MAX_DEPTH) + size - 1) / size);
        for (int n = 1; n <= last; n++) {
            if (n == 1 || n == last || Math.abs(n - page) <= AROUND) {
                pages.add(new Link(Integer.toString(n), url.page(n), n == page));
            } else if (pages.get(pages.size() - 1) != null) {
                pages.add(null); // a gap, shown as an ellipsis
            }
        }
        previous = page > 1 && page <= last ? url.page(page - 1) : null;
        next = page < last ? url.page(page + 1) : null;
    }

    /** Page links in order; null stands for skipped pages. */
    public List<Link> getPages() {
        return pages;
    }

    public String getPrevious() {
        return previous;
    }

    public String getNext() {
        return next;
    }

    public boolean isNeeded() {
        return pages.size() > 1;
    }
}

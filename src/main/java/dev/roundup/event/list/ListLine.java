package dev.roundup.event.list;

import java.util.List;

/**
 * One top-level bullet of an events list with the bullets nested under it.
 *
 * @param text the bullet's text without its marker (continuation lines joined)
 * @param nested the texts of the nested bullets, in order
 * @param regionHeading the heading of the region sub-list it sits under, null above the first one
 * @param line the bullet's line in the list's markdown, from 1
 * @param written the bullet as written, nested lines included
 */
record ListLine(String text, List<String> nested, String regionHeading, int line, String written) {
}

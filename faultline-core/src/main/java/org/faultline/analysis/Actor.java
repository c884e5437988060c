package org.faultline.analysis;

import java.util.List;

/**
 * An actor of the article: canonical identity from the knowledge base (or {@code known = false} for a
 * new organisation NER found) and every mention of it in the text.
 */
public record Actor(String id, String name, String type, String country, String sector, String parent,
                    boolean known, List<String> aliases, List<Span> mentions) {
}

package org.faultline.flat;

/** A span [start, end) in Unicode code points of the article text, as every output promises. */
public record CodeSpan(int start, int end) {
}

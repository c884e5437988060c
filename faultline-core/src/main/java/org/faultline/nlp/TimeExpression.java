package org.faultline.nlp;

/**
 * A time expression with its TIMEX3 value as normalised against the article's published date
 * ("2016-05-23", "2016-05", "2014", "PRESENT_REF", "P2Y", ...). Token range is within the sentence.
 */
public record TimeExpression(String text, String type, String value, int sentence, int tokenStart,
                             int tokenEnd, int start, int end) {
}

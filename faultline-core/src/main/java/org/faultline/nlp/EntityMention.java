package org.faultline.nlp;

/**
 * A named-entity span found by NER: type is PERSON, ORGANIZATION, LOCATION, MISC (nationalities and
 * other names) or one of the project's RegexNER types. Token range is [tokenStart, tokenEnd) within
 * the sentence; start/end are character offsets into the article text.
 */
public record EntityMention(String text, String type, int sentence, int tokenStart, int tokenEnd,
                            int start, int end) {
}

package org.faultline.nlp;

/**
 * A token with its character offsets (UTF-16 indexes into the article text), lemma, part of speech
 * and coarse NER tag ("O" when none). {@code index} is 0-based within its sentence.
 */
public record Token(int index, String word, String lemma, String pos, String ner, int start, int end) {
    public boolean isVerb() { return pos.startsWith("VB"); }
    public boolean isNoun() { return pos.startsWith("NN"); }
    public boolean isProperNoun() { return pos.startsWith("NNP"); }
    public boolean isAdjective() { return pos.startsWith("JJ"); }
    public String lowerWord() { return word.toLowerCase(java.util.Locale.ROOT); }
    public String lowerLemma() { return lemma.toLowerCase(java.util.Locale.ROOT); }
}

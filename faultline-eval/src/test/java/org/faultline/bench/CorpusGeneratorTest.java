package org.faultline.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.HashSet;
import java.util.List;
import java.util.stream.IntStream;
import org.faultline.ingest.Article;
import org.junit.jupiter.api.Test;

class CorpusGeneratorTest {
    private static final List<Article> SEEDS = List.of(
            new Article("s1", null, null, null, null, String.join("\n\n",
                    "Fighting near Mosul",
                    "Isis fighters attacked Mosul on Monday, killing 12 people. Iraqi troops shelled their positions.",
                    "Martin Griffiths said on Tuesday that talks in Baghdad would resume. The Houthis rejected the plan.",
                    "Police in Sirte arrested 40 protesters on Friday. Witnesses said the army opened fire."), "t:1"),
            new Article("s2", null, null, null, null, String.join("\n\n",
                    "Ceasefire agreed in Hodeidah",
                    "The government and the rebels agreed on Thursday to a ceasefire in Hodeidah, the UN said.",
                    "Coalition jets struck positions near the airport in Sanaa on Sunday. Aid agencies warned of famine.",
                    "Carrie Lam announced on Wednesday that the bill would be withdrawn. Protest groups rejected it."),
                    "t:2"));

    @Test
    void sameSeedSameCorpusAndAllTextsDistinct() {
        List<Article> a = new CorpusGenerator(SEEDS).generate(200, 42);
        List<Article> b = new CorpusGenerator(SEEDS).generate(200, 42);
        assertEquals(a, b);
        assertEquals(200, new HashSet<>(a.stream().map(Article::text).toList()).size());
        assertEquals(200, new HashSet<>(a.stream().map(Article::id).toList()).size());
        IntStream.range(0, a.size()).forEach(i -> assertEquals(String.format("bench-%05d", i), a.get(i).id()));
    }

    @Test
    void anotherSeedAnotherCorpus() {
        assertNotEquals(new CorpusGenerator(SEEDS).generate(20, 1), new CorpusGenerator(SEEDS).generate(20, 2));
    }
}

package org.faultline.store.feeds;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RobotsRulesTest {
    private static final String ROBOTS = """
            # a comment
            User-agent: Googlebot
            Disallow: /

            User-agent: *
            Disallow: /private/
            Disallow: /search*
            Allow: /private/press/

            User-agent: faultline
            User-agent: otherbot
            Disallow: /archive/
            """;

    @Test
    void theNamedGroupWinsOverTheWildcard() {
        RobotsRules me = RobotsRules.parse(ROBOTS, "faultline");
        assertFalse(me.allows("/archive/2020/a.html"));
        assertTrue(me.allows("/private/a.html"), "only its own group applies");
    }

    @Test
    void longestMatchDecidesInTheWildcardGroup() {
        RobotsRules any = RobotsRules.parse(ROBOTS, "someone-else");
        assertFalse(any.allows("/private/a.html"));
        assertTrue(any.allows("/private/press/release.html"));
        assertFalse(any.allows("/search?q=x"));
        assertTrue(any.allows("/news/a.html"));
        assertTrue(RobotsRules.parse("User-agent: *\nDisallow:\n", "faultline").allows("/x"), "empty disallow");
    }
}

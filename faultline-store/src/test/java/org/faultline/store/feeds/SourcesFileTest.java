package org.faultline.store.feeds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class SourcesFileTest {
    @Test
    void readsUrlsWithOptionalIntervals() {
        List<Source> s = SourcesFile.parse(List.of("# feeds", "", "https://a.example/rss.xml every=30m",
                "  https://b.example/sitemap.xml   every=1d", "https://c.example/story.html"), "f", Duration.ofMinutes(15));
        assertEquals(3, s.size());
        assertEquals(Duration.ofMinutes(30), s.get(0).every());
        assertEquals(Duration.ofDays(1), s.get(1).every());
        assertEquals(Duration.ofMinutes(15), s.get(2).every());
        assertEquals("f:5", s.get(2).origin());
    }

    @Test
    void refusesWhatItDoesNotKnowWithTheLine() {
        for (String[] bad : new String[][] {{"https://a.example/x every=30m fast=yes", "f:1: unknown setting 'fast=yes'"},
                {"a.example/rss", "f:1: not an absolute http(s) URL"},
                {"https://a.example/x every=soon", "f:1: malformed duration 'soon'"},
                {"https://a.example/x every=0m", "f:1: malformed duration"}}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> SourcesFile.parse(List.of(bad[0]), "f", Duration.ofMinutes(1)));
            assertTrue(e.getMessage().startsWith(bad[1]), e.getMessage());
        }
        IllegalArgumentException twice = assertThrows(IllegalArgumentException.class, () -> SourcesFile.parse(
                List.of("https://A.example/x", "https://a.example/x#top"), "f", Duration.ofMinutes(1)));
        assertTrue(twice.getMessage().startsWith("f:2: "), twice.getMessage());
    }
}

package org.faultline.geo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class Admin1ExtentsTest {
    @Test
    void theHullKeepsTheCornersAndDropsInnerPlaces() {
        // (lat, lon) pairs: a square with two places inside it and one on an edge
        double[] hull = Admin1Extents.hull(new double[] {0, 0, 0, 2, 2, 2, 2, 0, 1, 1, 0.5, 1.5, 0, 1});
        assertEquals(8, hull.length, java.util.Arrays.toString(hull));
        assertArrayEquals(new double[] {0, 0, 0, 2, 2, 2, 2, 0}, hull); // (lat, lon) corners from the south-west, anticlockwise
    }

    @Test
    void aDivisionAcrossTheAntimeridianStaysInOnePiece() {
        double[] hull = Admin1Extents.hull(new double[] {65, 178, 66, -178, 67, 179, 64, -179});
        for (int i = 1; i < hull.length; i += 2) {
            assertTrue(hull[i] > 170 && hull[i] < 190, "longitude past 180, not -178: " + hull[i]);
        }
    }

    @Test
    void theBundledGazetteersDivisionsByAnySpelling() {
        List<double[]> anbar = Admin1Extents.loadDefault().hull("IRQ", "Anbar");
        assertTrue(anbar.size() >= 3, "Al Anbar has places");
        assertEquals(anbar.size(), Admin1Extents.loadDefault().hull("IRQ", "Al Anbar").size());
        for (double[] p : anbar) {
            assertTrue(p[0] > 29 && p[0] < 35 && p[1] > 38 && p[1] < 45, p[0] + "," + p[1]); // inside western Iraq
        }
        assertEquals(List.of(), Admin1Extents.loadDefault().hull("IRQ", "Atlantis"));
    }
}

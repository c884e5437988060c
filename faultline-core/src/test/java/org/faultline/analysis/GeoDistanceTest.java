package org.faultline.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Expected distances are score.py's km() results. */
class GeoDistanceTest {

    @Test
    void fallujahToBaghdad() {
        assertEquals(54.01775900870585, GeoDistance.km(33.3494, 43.7861, 33.3152, 44.3661), 1e-9);
    }

    @Test
    void samePointIsZero() {
        assertEquals(0.0, GeoDistance.km(10, 20, 10, 20));
    }

    @Test
    void antipodesAreHalfTheCircumference() {
        assertEquals(20015.086796020572, GeoDistance.km(0, 0, 0, 180), 1e-9);
        assertEquals(Math.PI * GeoDistance.EARTH_RADIUS_KM, GeoDistance.km(0, 0, 0, 180), 1e-9);
    }

    @Test
    void thresholdIs161Km() {
        assertEquals(161.0, GeoDistance.THRESHOLD_KM);
        assertEquals(160.9991342886566, GeoDistance.km(0, 0, 1.4479, 0), 1e-9);
        assertTrue(GeoDistance.withinThreshold(0, 0, 1.4479, 0));
        assertEquals(161.01025378132104, GeoDistance.km(0, 0, 1.448, 0), 1e-9);
        assertFalse(GeoDistance.withinThreshold(0, 0, 1.448, 0));
    }
}

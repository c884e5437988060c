package org.faultline.nlp;

/**
 * A basic Universal Dependencies edge within one sentence; token indexes are 0-based,
 * {@code governor} is -1 for the root.
 */
public record Dependency(int governor, int dependent, String relation) {
}

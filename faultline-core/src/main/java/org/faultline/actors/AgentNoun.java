package org.faultline.actors;

/**
 * A common noun that names an actor by role ("soldiers", "police", "protesters"): after a
 * nationality it picks the state's sector; alone ({@code generic}) it is attached to the country in
 * context.
 */
public record AgentNoun(String noun, String sector, String type, boolean generic) {
}

package org.faultline.store;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.faultline.store.EventMention.Participant;

/**
 * Compares the actors of two reports role by role. They tell of one happening only when a source of one
 * is a source of the other, or a target a target, and that actor is named in at least one of them
 * ("people", "civilians" or a bare "the army" never suffice). They tell of different happenings when an
 * actor is source in one and target in the other, when each names a source (or target) the other lacks
 * ("police" against "the army"), or when all their sources stand on different sides ("militants" against
 * "Syrian troops"). An actor is the same as another with its id, as a state and one of its sectors
 * ("IND", "IND/MIL"), or as a person and the organisation they belong to.
 */
final class RoleMatch {
    private static final List<String> ROLES = List.of("source", "target");

    private final ActorSides sides;

    RoleMatch(ActorSides sides) {
        this.sides = sides;
    }

    static RoleMatch bundled() {
        return Bundled.INSTANCE;
    }

    private static final class Bundled {
        static final RoleMatch INSTANCE = new RoleMatch(ActorSides.bundled());
    }

    /** Null when the actors say the reports tell of one happening, else why they do not. */
    String why(EventMention a, EventMention b) {
        for (Participant p : a.actors()) {
            for (Participant q : b.actors()) {
                if (!p.role().equals(q.role()) && same(p, q)) {
                    return p.id() + " is " + p.role() + " of one report and " + q.role() + " of the other";
                }
            }
        }
        boolean evidence = false;
        for (String role : ROLES) {
            List<Participant> x = identified(a, role);
            List<Participant> y = identified(b, role);
            if (!x.isEmpty() && !y.isEmpty() && !covers(x, y) && !covers(y, x)) {
                return "each report names a " + role + " the other lacks";
            }
            evidence |= x.stream().anyMatch(p -> y.stream().anyMatch(q -> same(p, q)
                    && (p.specificity() == Specificity.NAMED || q.specificity() == Specificity.NAMED)));
        }
        Set<String> sa = sidesOfSources(a);
        Set<String> sb = sidesOfSources(b);
        if (!sa.isEmpty() && !sb.isEmpty() && sa.stream().noneMatch(sb::contains)) {
            return "their sources stand on different sides: " + sa + " and " + sb;
        }
        return evidence ? null : "no named actor in common in the same role";
    }

    private static List<Participant> identified(EventMention m, String role) {
        return m.actors().stream().filter(p -> p.role().equals(role) && p.specificity().identified()).toList();
    }

    /** True when every actor of {@code ys} is the same as one of {@code xs}. */
    private static boolean covers(List<Participant> xs, List<Participant> ys) {
        return ys.stream().allMatch(y -> xs.stream().anyMatch(x -> same(x, y)));
    }

    private Set<String> sidesOfSources(EventMention m) {
        Set<String> out = new TreeSet<>();
        for (Participant p : m.actors()) {
            String side = p.role().equals("source") ? sides.side(p.type()) : null;
            if (side != null) {
                out.add(side);
            }
        }
        return out;
    }

    /** Same actor: same id, a state and one of its sectors, or a member and its organisation. */
    static boolean same(Participant p, Participant q) {
        return p.id().equals(q.id()) || p.id().startsWith(q.id() + "/") || q.id().startsWith(p.id() + "/")
                || p.id().equals(q.parent()) || q.id().equals(p.parent());
    }

    /** The keys under which an actor can be found the same as another (see {@link #same}). */
    static List<String> keys(Participant p) {
        String root = root(p.id());
        return p.parent() == null ? List.of(root) : List.of(root, root(p.parent()));
    }

    private static String root(String id) {
        int slash = id.indexOf('/');
        return slash < 0 ? id : id.substring(0, slash);
    }
}

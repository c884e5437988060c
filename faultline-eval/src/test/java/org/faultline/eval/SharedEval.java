package org.faultline.eval;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * Finds ../shared/eval, which sits beside the repository. Tests that need it are skipped where it is
 * missing, except under CI ({@code CI=true}), where shared/ is always laid beside the clone and a
 * missing one is a failure, not a silent skip.
 */
public final class SharedEval {
    private SharedEval() {
    }

    /** The shared/eval directory, walking up from the working directory; null when none is found. */
    public static Path find() {
        for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
            Path eval = d.resolveSibling("shared").resolve("eval");
            if (Files.isRegularFile(eval.resolve("score.py"))) {
                return eval;
            }
        }
        return null;
    }

    /** shared/eval, or the test is skipped (outside CI) or fails (under CI) saying what is missing. */
    public static Path require() {
        Path eval = find();
        if (eval == null) {
            String why = "../shared/eval not found beside " + Path.of("").toAbsolutePath();
            if (underCi()) {
                throw new AssertionError(why + " (CI=true: it must be there)");
            }
            Assumptions.assumeTrue(false, why);
        }
        return eval;
    }

    public static boolean underCi() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }
}

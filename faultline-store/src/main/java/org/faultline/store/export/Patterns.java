package org.faultline.store.export;

/** The key patterns of the export data files: "*" matches anything, "X*" what starts with X, else equality. */
final class Patterns {
    private Patterns() {
    }

    static boolean matches(String pattern, String value) {
        if (pattern.equals("*")) {
            return true;
        }
        if (value == null) {
            return false;
        }
        return pattern.endsWith("*") ? value.startsWith(pattern.substring(0, pattern.length() - 1))
                : pattern.equals(value);
    }
}

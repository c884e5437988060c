package org.faultline.actors;

/** Whether a surface starts like a proper name. */
final class Capitalisation {
    private Capitalisation() {
    }

    /** The first letter is upper-case, or a short lower-case particle and a hyphen come before one ("al-Qaeda"). */
    static boolean startsCapitalised(String surface) {
        for (int i = 0; i < surface.length(); i++) {
            char c = surface.charAt(i);
            if (Character.isLetter(c)) {
                if (Character.isUpperCase(c)) {
                    return true;
                }
                // "al-Qaeda", "el-Sisi": a lower-case particle before a capitalised name
                int dash = surface.indexOf('-', i);
                return dash > 0 && dash < 4 + i && dash + 1 < surface.length()
                        && Character.isUpperCase(surface.charAt(dash + 1));
            }
        }
        return false;
    }
}

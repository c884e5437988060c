package org.faultline.store;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;

/** ISO 3166 alpha-3 codes and English country names, from the JDK's locale data (no data file needed). */
public final class Countries {
    private static final Map<String, String> NAME_BY_ISO3 = new HashMap<>();
    private static final Map<String, String> ISO3_BY_KEY = new HashMap<>();
    private static final Map<String, String> ISO2_BY_ISO3 = new HashMap<>();

    static {
        for (String iso2 : Locale.getISOCountries()) {
            Locale l = new Locale("", iso2);
            try {
                String iso3 = l.getISO3Country();
                String name = l.getDisplayCountry(Locale.ENGLISH);
                NAME_BY_ISO3.put(iso3, name);
                ISO2_BY_ISO3.put(iso3, iso2);
                ISO3_BY_KEY.put(iso3.toLowerCase(Locale.ROOT), iso3);
                ISO3_BY_KEY.put(iso2.toLowerCase(Locale.ROOT), iso3);
                ISO3_BY_KEY.put(name.toLowerCase(Locale.ROOT), iso3);
            } catch (MissingResourceException e) {
                // a code without an alpha-3 form: not used by the gazetteer
            }
        }
    }

    private Countries() {
    }

    /** The English name of an alpha-3 code, or the code itself when unknown (null stays null). */
    public static String name(String iso3) {
        return iso3 == null ? null : NAME_BY_ISO3.getOrDefault(iso3, iso3);
    }

    /** The alpha-2 code of an alpha-3 code, or null. */
    public static String iso2(String iso3) {
        return iso3 == null ? null : ISO2_BY_ISO3.get(iso3);
    }

    /** The alpha-3 code for an alpha-3 or alpha-2 code or an English name; otherwise the input upper-cased. */
    public static String iso3(String codeOrName) {
        String key = codeOrName.strip().toLowerCase(Locale.ROOT);
        return ISO3_BY_KEY.getOrDefault(key, codeOrName.strip().toUpperCase(Locale.ROOT));
    }
}

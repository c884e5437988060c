package org.faultline.store;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Another process for {@link SharedStoreTest}: opens the store at {@code DB} as a reading command does
 * ({@code read}: {@link Store#openForReading}) or as a writing one does ({@code write}: {@link Store#open}),
 * prints "open read-only=B articles=N" (or "refused: MESSAGE"), holds it until a line arrives on
 * standard input, then closes it and prints "closed".
 */
public final class HoldStore {
    private HoldStore() {
    }

    public static void main(String[] args) throws Exception {
        Path db = Path.of(args[0]);
        Store s;
        try {
            s = args[1].equals("write") ? Store.open(db) : Store.openForReading(db);
        } catch (StoreException e) {
            System.out.println("refused: " + e.getMessage());
            return;
        }
        try (s) {
            System.out.println("open read-only=" + s.readOnly() + " articles=" + s.count("articles"));
            System.out.flush();
            new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        }
        System.out.println("closed");
    }
}

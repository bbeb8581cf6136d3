package io.releasecopilot.common;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

/**
 * The credentials of one run, and the masking of every text that leaves it: a server's error body, an exception
 * message, a log line. Every front end feeds the run's credentials of every source here (a Bitbucket error body
 * that quotes the Jira token must be masked too), and masks with it before a text is cut to an excerpt, so that a
 * secret straddling the cut cannot survive in part.
 *
 * <p>Each value is masked raw, URL-encoded (upper- and lower-case hex) and, for each login it is used with, as
 * the Base64 of {@code user:secret} that an echoed {@code Authorization: Basic} header shows. Values shorter than
 * four characters are not masked (they would mask ordinary words). Thread-safe.
 */
public final class SecretMask {

    /** What a masked value becomes. */
    public static final String MASK = "****";

    private static final int SHORTEST = 4;

    private final Set<String> values = ConcurrentHashMap.newKeySet();
    private final Set<String> logins = ConcurrentHashMap.newKeySet();
    private final List<Supplier<? extends Collection<String>>> live = new CopyOnWriteArrayList<>();

    /** Adds a value: masked in all its forms, and as its Basic pair with every login known now or later. */
    public SecretMask add(String value) {
        if (value == null || value.strip().length() < SHORTEST) {
            return this;
        }
        values.add(value);
        values.add(value.strip());
        return this;
    }

    /** Adds the value of a {@link SecretValue}; {@code null} is ignored. */
    public SecretMask add(SecretValue secret) {
        return secret == null ? this : add(secret.reveal());
    }

    /**
     * Adds a user name or e-mail that Basic authentication pairs with a secret. The login itself is not masked;
     * the Base64 of {@code login:secret} is, for every secret of this mask.
     */
    public SecretMask addLogin(String login) {
        if (login != null && !login.isBlank()) {
            logins.add(login.strip());
        }
        return this;
    }

    /** Adds values read at each {@link #apply}: credentials that change while the run goes on (OAuth tokens). */
    public SecretMask addLive(Supplier<? extends Collection<String>> supplier) {
        live.add(Objects.requireNonNull(supplier, "supplier"));
        return this;
    }

    /** Returns {@code text} with every form of every secret replaced by {@value #MASK}; {@code null} stays null. */
    public String apply(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        List<String> forms = forms();
        String result = text;
        for (String form : forms) {
            if (result.contains(form)) {
                result = result.replace(form, MASK);
            }
        }
        return result;
    }

    /** Every string to replace, longest first, so a value inside a longer one does not break the longer match. */
    private List<String> forms() {
        Set<String> secrets = new HashSet<>(values);
        for (Supplier<? extends Collection<String>> supplier : live) {
            Collection<String> now = supplier.get();
            if (now != null) {
                now.stream().filter(v -> v != null && v.strip().length() >= SHORTEST).forEach(secrets::add);
            }
        }
        Set<String> forms = new HashSet<>();
        for (String secret : secrets) {
            addEncoded(forms, secret);
            for (String login : logins) {
                String pair = Base64.getEncoder().encodeToString((login + ":" + secret)
                        .getBytes(StandardCharsets.UTF_8));
                addEncoded(forms, pair);
                addEncoded(forms, pair.replace("=", ""));
            }
        }
        List<String> sorted = new ArrayList<>(forms);
        sorted.sort(Comparator.comparingInt(String::length).reversed());
        return sorted;
    }

    private static void addEncoded(Set<String> forms, String value) {
        forms.add(value);
        String encoded = URLEncoder.encode(value, StandardCharsets.UTF_8);
        forms.add(encoded);
        forms.add(encoded.replace("+", "%20"));
        forms.add(lowerHex(encoded));
    }

    /** {@code a%2Fb} as {@code a%2fb}: servers and proxies write either. */
    private static String lowerHex(String encoded) {
        StringBuilder out = new StringBuilder(encoded.length());
        for (int i = 0; i < encoded.length(); i++) {
            char c = encoded.charAt(i);
            if (c == '%' && i + 2 < encoded.length()) {
                out.append(c).append(encoded.substring(i + 1, i + 3).toLowerCase(Locale.ROOT));
                i += 2;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    @Override
    public String toString() {
        return "SecretMask[" + values.size() + " values, " + logins.size() + " logins, " + live.size() + " live]";
    }
}

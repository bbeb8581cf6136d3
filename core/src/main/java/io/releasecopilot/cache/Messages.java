package io.releasecopilot.cache;

import com.fasterxml.jackson.core.JsonToken;

/** Small helpers for the one-line texts of errors, warnings and source lines. */
final class Messages {

    private Messages() {
    }

    /** Describes a JSON token for "is X, expected Y" messages. */
    static String describe(JsonToken token) {
        if (token == null) {
            return "missing";
        }
        switch (token) {
            case START_OBJECT:
                return "an object";
            case START_ARRAY:
                return "an array";
            case VALUE_STRING:
                return "a string";
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return "a number";
            case VALUE_TRUE:
            case VALUE_FALSE:
                return "a boolean";
            case VALUE_NULL:
                return "null";
            default:
                return token.toString();
        }
    }

    /** Returns {@code "1 issue"} or {@code "3 issues"}. */
    static String count(long n, String singular, String plural) {
        return n + " " + (n == 1 ? singular : plural);
    }
}

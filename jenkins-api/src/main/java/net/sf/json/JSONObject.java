package net.sf.json;

/** The submitted form of a configuration page, as Stapler hands it to {@code configure}. */
public final class JSONObject {

    private JSONObject() {
    }
}

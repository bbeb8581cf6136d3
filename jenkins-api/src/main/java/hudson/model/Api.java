package hudson.model;

/** Serves {@code api/json} and {@code api/xml} for an exported bean. */
public class Api {

    /** Creates the API of the given {@code @ExportedBean}. */
    public Api(Object bean) {
        throw new UnsupportedOperationException("compile-only declaration");
    }
}

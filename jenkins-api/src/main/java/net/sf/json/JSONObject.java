package net.sf.json;

import java.util.Collection;
import java.util.Map;
import java.util.Set;

/** A JSON object of json-lib, as Stapler hands a submitted form to a descriptor; it is a {@link Map}. */
@SuppressWarnings({"rawtypes", "unchecked"})
public final class JSONObject implements Map<String, Object> {

    private JSONObject() {
    }

    @Override
    public void clear() {
        throw new UnsupportedOperationException("compile-only declaration");
    }

    @Override
    public boolean containsKey(Object key) {
        throw new UnsupportedOperationException("compile-only declaration");
    }

    @Override
    public boolean containsValue(Object value) {
        throw new UnsupportedOperationException("compile-only declaration");
    }

    @Override
    public Set entrySet() {
        throw new UnsupportedOperationException("compile-only declaration");
    }

    @Override
    public Object get(Object key) {
        throw new UnsupportedOperationException("compile-only declaration");
    }

    @Override
    public boolean isEmpty() {
        throw new UnsupportedOperationException("compile-only declaration");
    }

    @Override
    public Set<String> keySet() {
        throw new UnsupportedOperationException("compile-only declaration");
    }

    @Override
    public Object put(String key, Object value) {
        throw new UnsupportedOperationException("compile-only declaration");
    }

    @Override
    public void putAll(Map map) {
        throw new UnsupportedOperationException("compile-only declaration");
    }

    @Override
    public Object remove(Object key) {
        throw new UnsupportedOperationException("compile-only declaration");
    }

    @Override
    public int size() {
        throw new UnsupportedOperationException("compile-only declaration");
    }

    @Override
    public Collection values() {
        throw new UnsupportedOperationException("compile-only declaration");
    }
}

package org.jenkinsci.remoting;

import java.io.Serializable;

/** Serializable only across a remoting channel. */
public interface SerializableOnlyOverRemoting extends Serializable {
}

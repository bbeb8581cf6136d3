package com.cloudbees.plugins.credentials;

import java.io.Serializable;

/** A credential of the Jenkins store. */
public interface Credentials extends Serializable {
}

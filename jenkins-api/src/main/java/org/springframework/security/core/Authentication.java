package org.springframework.security.core;

import java.io.Serializable;
import java.security.Principal;

/** Who a request, a build or a lookup runs as (Spring Security, bundled by Jenkins core; {@code ACL.SYSTEM2}). */
public interface Authentication extends Principal, Serializable {
}

package org.springframework.security.core;

import java.io.Serializable;
import java.security.Principal;

/** Who a lookup runs as ({@code ACL.SYSTEM2} for the system itself). */
public interface Authentication extends Principal, Serializable {
}

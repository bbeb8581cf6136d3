package org.springframework.security.core;

/** Who a request or a build runs as (Spring Security, bundled by Jenkins core). */
public interface Authentication {
}

package org.kohsuke.stapler;

import jakarta.servlet.http.HttpServletRequest;

/** The request of a web method ({@code doXxx}); Stapler routes to methods that take it. */
public interface StaplerRequest2 extends HttpServletRequest {
}

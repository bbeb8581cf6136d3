package org.kohsuke.stapler;

import jakarta.servlet.http.HttpServletResponse;

/** The response of a web method ({@code doXxx}). */
public interface StaplerResponse2 extends HttpServletResponse {
}

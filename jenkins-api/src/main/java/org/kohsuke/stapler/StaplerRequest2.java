package org.kohsuke.stapler;

import jakarta.servlet.http.HttpServletRequest;
import net.sf.json.JSONObject;

/** The request of a web method ({@code doXxx}); Stapler routes to methods that take it. */
public interface StaplerRequest2 extends HttpServletRequest {

    /** Sets the bean's data-bound properties from the form. */
    void bindJSON(Object bean, JSONObject src);
}

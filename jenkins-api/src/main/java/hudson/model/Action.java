package hudson.model;

/** Something attached to a model object: a link in the side panel and a page. */
public interface Action extends ModelObject {
    /** Returns the icon, or {@code null} to hide the link. */
    String getIconFileName();

    @Override
    String getDisplayName();

    /** Returns the URL segment of the action's page. */
    String getUrlName();
}

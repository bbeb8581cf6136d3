package hudson.util;

import java.util.ArrayList;

/** The options of a drop-down list, as a {@code doFill...Items} method returns them. */
public class ListBoxModel extends ArrayList<ListBoxModel.Option> {

    /** Creates an empty model. */
    public ListBoxModel() {
    }

    /** Adds an option. */
    public void add(String displayName, String value) {
        add(new Option(displayName, value));
    }

    /** One option of a drop-down list. */
    public static final class Option {
        /** The text shown. */
        public String name;
        /** The value submitted. */
        public String value;

        /** Creates an option. */
        public Option(String name, String value) {
            this.name = name;
            this.value = value;
        }
    }
}

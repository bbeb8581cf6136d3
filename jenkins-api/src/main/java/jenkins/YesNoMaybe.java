package jenkins;

/** A three-valued answer. */
public enum YesNoMaybe {
    YES,
    NO,
    MAYBE
}

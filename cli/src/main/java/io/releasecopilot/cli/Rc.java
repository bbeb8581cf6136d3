package io.releasecopilot.cli;

/** The {@code rc} command line; placeholder until the audit command lands. */
public final class Rc {

    private Rc() {
    }

    public static void main(String[] args) {
        System.exit(0);
    }
}

package io.releasecopilot.gate;

/** The verdict of the gate, in rising order of severity. */
public enum GateStatus {
    PASS,
    WARN,
    FAIL
}

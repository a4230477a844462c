package com.acme.missing;

/** Compiled with the plugin, then left out of its jar by the test: the plugin refers to a class nobody has. */
public class LeftOutHelper {

    static void greet() {
    }
}

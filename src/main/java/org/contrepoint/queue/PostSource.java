package org.contrepoint.queue;

/** How a post entered Contrepoint. */
public enum PostSource {
    API, IMPORT, MANUAL, DEMO
}

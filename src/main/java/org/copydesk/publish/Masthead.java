package org.copydesk.publish;

import java.io.Serializable;

/** The paper's name, city and founding year, as the masthead prints them. */
public record Masthead(String name, String city, String established) implements Serializable {}

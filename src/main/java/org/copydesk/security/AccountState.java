package org.copydesk.security;

/** What a request needs to know about a signed-in user's account: still enabled, and its session epoch. */
public record AccountState(String username, boolean enabled, long sessionEpoch) {}

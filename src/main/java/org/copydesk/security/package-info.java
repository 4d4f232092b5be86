/**
 * Users, roles and sign-in: users and their roles live in the database with PBKDF2-HMAC-SHA512
 * password hashes; one authentication mechanism serves the Faces login form (session-based) and
 * HTTP Basic for the JSON API (no session).
 */
package org.copydesk.security;

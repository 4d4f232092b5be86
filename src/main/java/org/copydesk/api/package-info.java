/**
 * The JSON API under {@code /api}: DTOs only (never entities), HTTP Basic on every call, errors as
 * {@code application/problem+json} with the status that says what went wrong (400 bad input, 401
 * no credentials, 403 role or authorship, 404 unknown or invisible, 409 state or stale base).
 */
package org.copydesk.api;

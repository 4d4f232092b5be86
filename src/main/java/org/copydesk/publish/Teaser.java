package org.copydesk.publish;

import java.time.OffsetDateTime;

/** A line of the front page or a feed entry. */
public record Teaser(long id, String slug, String headline, String standfirst, OffsetDateTime published, OffsetDateTime modified) {}

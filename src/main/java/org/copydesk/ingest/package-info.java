/**
 * Wire ingest: reads a wire item sent as IPTC ninjs (JSON, versions 1.x to 3.x) or NewsML-G2 (XML)
 * into a {@link org.copydesk.ingest.WireItem}, with its credits parsed and its raw credit strings
 * kept. Nothing here needs a container: parsers take bytes and return values, and refuse bad input
 * with an {@link org.copydesk.ingest.IngestException} that names what is wrong.
 *
 * <p>Input is untrusted. Size is checked before parsing, XML is read without DTDs or external
 * entities, and bodies are passed on exactly as received: sanitising HTML is the story's job.
 */
package org.copydesk.ingest;

/**
 * Fact-checking: finds the checkable claims (quotes, figures, dates, named people and bodies) in a
 * revision's body and anchors each to its paragraph and sentence, so a checker's verdict can follow
 * an unchanged sentence into the next revision. Pure domain code, no container needed.
 */
package org.copydesk.factcheck;

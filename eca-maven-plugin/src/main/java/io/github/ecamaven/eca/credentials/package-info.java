/**
 * An app's OAuth credentials: read from the org's credentials API, handed to a destination (Nango, an env file, the
 * console) and rotated through the org's staged slot without a moment in which the destination holds a pair the org
 * refuses.
 */
package io.github.ecamaven.eca.credentials;

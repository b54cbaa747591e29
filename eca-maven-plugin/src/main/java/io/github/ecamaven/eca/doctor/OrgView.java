package io.github.ecamaven.eca.doctor;

import io.github.ecamaven.eca.sf.OrgIdentity;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What doctor reads of one org, read-only. Each read may fail; the check that needs it then answers "?" with the
 * reason.
 */
public interface OrgView {

    /** Who the org is (sf org display). */
    OrgIdentity identity() throws Exception;

    /** Whether the org is a sandbox; null when the org did not tell. */
    Boolean isSandbox() throws Exception;

    /** The External Client Apps the org lists for OAuth (deployed and installed). */
    List<String> appNames() throws Exception;

    /** The consumer key of the app's consumer in this org (never logged, never written; compared as a digest). */
    String consumerKey(String app) throws Exception;

    /**
     * When the records of the app last changed, per record kind; empty when the org does not tell.
     *
     * @param components the components to ask about: the metadata type name and its full name
     */
    Map<String, Instant> lastModified(Map<String, String> components) throws Exception;

    /**
     * Retrieves the app's components into {@code folder} (under the build directory) and returns it.
     *
     * @param components metadata type name → full name
     */
    Path retrieve(Map<String, String> components, Path folder) throws Exception;
}

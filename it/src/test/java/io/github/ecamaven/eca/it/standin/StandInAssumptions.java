package io.github.ecamaven.eca.it.standin;

import java.util.Set;

/**
 * Everything the stand-in orgs do across orgs that Salesforce does not document and nobody has yet watched a live
 * org do. Each behaviour is one constant here, read by {@link StandInOrg} and {@link OAuthCredentialsStandIn}: what
 * a live org shows changes that one line (and the ITs that relied on the assumption show what it affects).
 *
 * <p>The documented behaviour is not here, it is simply implemented: a deploy whose OAuth settings carry an
 * {@code oauthLink} to an existing consumer links the app to that consumer; a deploy without {@code oauthLink} but
 * with the global OAuth settings generates a consumer and the {@code oauthLink} (visible on retrieve); a policies
 * file whose {@code clientCredentialsFlowUser} is not a user of the org fails with {@link #EXECUTION_USER_PROBLEM}.
 *
 * <p>Not modelled at all: what installing a package version brings into an org (an install creates no app in the
 * stand-in org), and where the developer-side partner controls (refresh-token idle limit, IP allowlist) live; the
 * stand-in keeps whatever fields a deploy brings.
 */
public final class StandInAssumptions {

    private StandInAssumptions() {
    }

    /**
     * The component failure of OAuth settings whose {@code oauthLink} names no existing consumer. Salesforce says only
     * that such a deploy fails ("an OAuth link field in the settings file with incorrect information"); the text of
     * the failure is an assumption.
     */
    public static final String UNKNOWN_OAUTH_LINK_PROBLEM =
            "The OAuth link doesn't match an OAuth consumer. Remove the oauthLink field to generate a new OAuth consumer"
                    + " with the global OAuth settings, or link to an existing one.";

    /**
     * Whether OAuth settings linked to another org's consumer are accepted when the same deploy also brings global
     * OAuth settings for the app. Salesforce documents the two formations apart (keep the link and leave out the
     * global settings, or remove the link and add them); the combination is assumed to fail with
     * {@link #LINK_AND_GLOBAL_SETTINGS_PROBLEM}.
     */
    public static final boolean LINK_WITH_GLOBAL_SETTINGS_ACCEPTED = false;

    /** The component failure (on the global OAuth settings) when {@link #LINK_WITH_GLOBAL_SETTINGS_ACCEPTED} is false: an assumed text. */
    public static final String LINK_AND_GLOBAL_SETTINGS_PROBLEM =
            "The OAuth settings are linked to an OAuth consumer in another org. Remove the oauthLink field to deploy"
                    + " the app with its own global OAuth settings.";

    /**
     * Whether the global OAuth settings can be deployed from source ({@code sf project deploy start}). Salesforce's
     * help deploys them that way, one guide says only the SOAP Metadata API can; assumed they can.
     */
    public static final boolean GLOBAL_SETTINGS_SOURCE_DEPLOYABLE = true;

    /** The component failure when {@link #GLOBAL_SETTINGS_SOURCE_DEPLOYABLE} is false: an assumed text. */
    public static final String GLOBAL_SETTINGS_NOT_DEPLOYABLE_PROBLEM =
            "The global OAuth settings can't be deployed with the source; they are generated when OAuth is enabled.";

    /**
     * Whether a header whose {@code distributionState} is {@code Local} may be deployed linked to another org's
     * consumer (the linked formation). Not known without a live org; assumed accepted, like a Packaged one.
     */
    public static final boolean LINKED_LOCAL_APP_ACCEPTED = true;

    /** The component failure (on the OAuth settings) when {@link #LINKED_LOCAL_APP_ACCEPTED} is false: an assumed text. */
    public static final String LINKED_LOCAL_APP_PROBLEM =
            "A local external client app can't reference the OAuth consumer of another org.";

    /**
     * Whether OAuth settings without {@code oauthLink} are accepted when the deploy brings no global OAuth settings
     * and the org holds no consumer for the app. Assumed accepted: the app then has no consumer in this org until
     * global settings are deployed.
     */
    public static final boolean UNLINKED_SETTINGS_WITHOUT_CONSUMER_ACCEPTED = true;

    /** The component failure when {@link #UNLINKED_SETTINGS_WITHOUT_CONSUMER_ACCEPTED} is false: an assumed text. */
    public static final String UNLINKED_SETTINGS_PROBLEM =
            "The OAuth settings need an OAuth link or the global OAuth settings of the app in the same deployment.";

    /**
     * Whether the credentials REST API ({@code /apps/oauth/credentials}) serves an app whose
     * {@code distributionState} is {@code Packaged} in its source org. Not documented (the only hint limits staged
     * rotation to Local apps); assumed it does.
     */
    public static final boolean CREDENTIALS_API_SERVES_PACKAGED_APPS = true;

    /**
     * Whether the credentials REST API lists, in {@code /apps/oauth/usage}, an app that is linked to another org's
     * consumer. Assumed it does (the app exists in the org); its credentials resources answer 404 NOT_FOUND either
     * way, because the consumer is not in this org.
     */
    public static final boolean LINKED_APP_LISTED_IN_USAGE = true;

    /**
     * The sObjects that answer eca:doctor's query for when an app and its consumer last changed: the same assumption
     * as the plugin's {@code DoctorAssumptions.LAST_MODIFIED_QUERY} (its {@code timing.propagation} check), from the
     * org's side. The header and the global OAuth settings are queryable by their metadata type names through the
     * REST query endpoint ({@code /services/data/vNN.0/query}, not the tooling one), one record per component with
     * {@code DeveloperName} = the component's full name and the {@code LastModifiedDate} of its last deploy (of a
     * seeded app: {@code modifiedMinutesAgo} before the org started). Other sObject names answer INVALID_TYPE.
     */
    public static final Set<String> LAST_MODIFIED_SOBJECTS = Set.of(StandInOrg.HEADER, StandInOrg.GLOBAL_SETTINGS);

    /**
     * The component failure of a policies file whose {@code clientCredentialsFlowUser} is not a user of the org: the
     * text a real validate printed at API 67.0 (not an assumption; here so that all failure texts are in one place).
     */
    public static final String EXECUTION_USER_PROBLEM = "Enter a valid execution user for the OAuth client credentials flow.";
}

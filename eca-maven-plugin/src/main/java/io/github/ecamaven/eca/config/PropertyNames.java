package io.github.ecamaven.eca.config;

/**
 * Every user property of the plugin, the one place its name is spelled: the goals' {@code @Parameter(property = …)}
 * and every message that tells the user which property to set read it from here.
 *
 * <p>The scheme, enforced by {@code PluginConventionsTest}: {@code eca.<goal>.<name>} for a parameter only one goal
 * has (the goal in camel case, {@code eca.packageVersionCreate.tag}), {@code eca.<name>} for one that several goals
 * share with the same meaning; the POM element is {@code <name>} (or {@code <goal><Name>} where {@code <name>} is
 * another goal's element, since plugin-level configuration reaches every goal by element name); a goal's own skip
 * switch is {@code eca.<goal>.skip}, element {@code skip<Goal>}.
 */
public final class PropertyNames {

    private PropertyNames() {}

    // shared by every goal
    public static final String SKIP = "eca.skip";
    public static final String PROJECT_DIRECTORY = "eca.projectDirectory";

    // shared by the goals that run sf
    public static final String SF_EXECUTABLE = "eca.sfExecutable";
    public static final String SF_TIMEOUT = "eca.sfTimeout";
    public static final String TARGET_ORG = "eca.targetOrg";
    /**
     * The id of the source org: the org that holds the apps' global OAuth settings and consumer, which every
     * {@code oauthLink} names and whose consumer key every linked org shares.
     */
    public static final String SOURCE_ORG_ID = "eca.sourceOrgId";
    public static final String TARGET_DEV_HUB = "eca.targetDevHub";
    public static final String WAIT = "eca.wait";
    public static final String POLL_INTERVAL = "eca.pollInterval";
    /** The apps a goal works on, by API name (one type and one name on every goal that selects apps). */
    public static final String APP_NAMES = "eca.appNames";

    // shared by generate, check and the packaging goals
    public static final String PACKAGE_DIRECTORY = "eca.packageDirectory";
    public static final String ORG_DIRECTORY = "eca.orgDirectory";
    public static final String API_VERSION = "eca.apiVersion";
    public static final String NAMESPACE = "eca.namespace";
    /** A package (name, alias or 0Ho id); never a package version, which is {@link #PACKAGE_VERSION}. */
    public static final String PACKAGE_NAME = "eca.packageName";
    /** A package version (04t id or alias); never a package, which is {@link #PACKAGE_NAME}. */
    public static final String PACKAGE_VERSION = "eca.packageVersion";
    public static final String VERSION_NAME = "eca.versionName";
    public static final String VERSION_NUMBER = "eca.versionNumber";
    public static final String MANIFEST = "eca.manifest";
    public static final String CLIENT_SECRET_REST_ACCESS = "eca.clientSecretRestAccess";
    public static final String INSTALLATION_KEY_ENV = "eca.installationKeyEnv";
    public static final String INSTALLATION_KEY_SERVER = "eca.installationKeyServer";
    /** Where validate and migrate write their reports. */
    public static final String REPORT_DIRECTORY = "eca.reportDirectory";
    /** Managed or Unlocked: the package-create's {@code --package-type}, and what validate judges a Packaged app by. */
    public static final String PACKAGE_TYPE = "eca.packageType";

    // shared by credentials and rotate-credentials
    public static final String CREDENTIALS_DESTINATION = "eca.credentialsDestination";
    public static final String CREDENTIALS_FILE = "eca.credentialsFile";
    public static final String NANGO_INTEGRATION = "eca.nangoIntegration";
    /** Nango's base URL; also read by generate, check and validate, for the Nango callback ({@code NangoCallback}). */
    public static final String NANGO_URL = "eca.nangoUrl";
    /** Nango's custom callback URL; empty: {@code <eca.nangoUrl>/oauth/callback}. Read where {@link #NANGO_URL} is. */
    public static final String NANGO_CALLBACK_URL = "eca.nangoCallbackUrl";
    public static final String NANGO_SECRET_KEY_ENV = "eca.nangoSecretKeyEnv";
    public static final String NANGO_SECRET_KEY_SERVER = "eca.nangoSecretKeyServer";
    /** The Nango provider of the integration (salesforce or salesforce-sandbox); empty: the one that fits the org. */
    public static final String NANGO_PROVIDER = "eca.nangoProvider";

    // generate
    public static final String GENERATE_SKIP = "eca.generate.skip";
    public static final String GENERATE_CHECK = "eca.generate.check";

    // check
    public static final String CHECK_SKIP = "eca.check.skip";

    // validate
    public static final String VALIDATE_SKIP = "eca.validate.skip";
    public static final String VALIDATE_PROFILE = "eca.validate.profile";
    public static final String VALIDATE_FAIL_ON_SEVERITY = "eca.validate.failOnSeverity";
    public static final String VALIDATE_RULES = "eca.validate.rules";
    public static final String VALIDATE_MANIFESTS = "eca.validate.manifests";
    public static final String VALIDATE_BASELINE = "eca.validate.baseline";
    public static final String VALIDATE_WRITE_BASELINE = "eca.validate.writeBaseline";
    public static final String VALIDATE_RULES_PAGE = "eca.validate.rulesPage";
    public static final String VALIDATE_MAX_FINDINGS_PER_RULE = "eca.validate.maxFindingsPerRule";

    // migrate
    public static final String MIGRATE_SKIP = "eca.migrate.skip";
    public static final String MIGRATE_CONFIRM = "eca.migrate.confirm";
    public static final String MIGRATE_DRY_RUN = "eca.migrate.dryRun";
    public static final String MIGRATE_OVERWRITE = "eca.migrate.overwrite";
    public static final String MIGRATE_REMOVE_SOURCE = "eca.migrate.removeSource";
    public static final String MIGRATE_EMIT_POM = "eca.migrate.emitPom";
    public static final String MIGRATE_KEEP_CONSUMER_KEY = "eca.migrate.keepConsumerKey";
    public static final String MIGRATE_INCLUDE_DEV_HUB = "eca.migrate.includeDevHub";
    public static final String MIGRATE_APEX_HANDLERS = "eca.migrate.apexHandlers";
    public static final String MIGRATE_FAIL_ON_REFUSED = "eca.migrate.failOnRefused";

    // retrieve
    public static final String RETRIEVE_SKIP = "eca.retrieve.skip";
    public static final String RETRIEVE_MANIFEST = "eca.retrieve.manifest";
    public static final String RETRIEVE_OUTPUT_DIRECTORY = "eca.retrieve.outputDirectory";
    public static final String RETRIEVE_FAIL_ON_DRIFT = "eca.retrieve.failOnDrift";

    // deploy
    public static final String DEPLOY_SKIP = "eca.deploy.skip";
    public static final String DEPLOY_CHECK_ONLY = "eca.deploy.checkOnly";
    public static final String DEPLOY_HEADER_FIRST = "eca.deploy.headerFirst";
    public static final String DEPLOY_TEST_LEVEL = "eca.deploy.testLevel";
    /** How the app exists in the target org: {@code source}, {@code linked} or {@code independent}. */
    public static final String DEPLOY_FORMATION = "eca.deploy.formation";
    /** Whether the policies files go; empty for the formation's default. */
    public static final String DEPLOY_POLICIES = "eca.deploy.policies";

    // bundle
    public static final String BUNDLE_SKIP = "eca.bundle.skip";

    // credentials, rotate-credentials
    public static final String CREDENTIALS_SKIP = "eca.credentials.skip";
    public static final String ROTATE_CREDENTIALS_SKIP = "eca.rotateCredentials.skip";
    public static final String ROTATE_CREDENTIALS_REVOKE_OLD = "eca.rotateCredentials.revokeOld";

    // package-create
    public static final String PACKAGE_CREATE_SKIP = "eca.packageCreate.skip";
    public static final String PACKAGE_CREATE_DESCRIPTION = "eca.packageCreate.description";
    public static final String PACKAGE_CREATE_NO_NAMESPACE = "eca.packageCreate.noNamespace";
    public static final String PACKAGE_CREATE_ORG_DEPENDENT = "eca.packageCreate.orgDependent";

    // package-list
    public static final String PACKAGE_LIST_SKIP = "eca.packageList.skip";
    public static final String PACKAGE_LIST_VERBOSE = "eca.packageList.verbose";

    // package-version-create
    public static final String PACKAGE_VERSION_CREATE_SKIP = "eca.packageVersionCreate.skip";
    public static final String PACKAGE_VERSION_CREATE_INSTALLATION_KEY_BYPASS =
            "eca.packageVersionCreate.installationKeyBypass";
    public static final String PACKAGE_VERSION_CREATE_CODE_COVERAGE = "eca.packageVersionCreate.codeCoverage";
    public static final String PACKAGE_VERSION_CREATE_SKIP_VALIDATION = "eca.packageVersionCreate.skipValidation";
    public static final String PACKAGE_VERSION_CREATE_VERSION_DESCRIPTION =
            "eca.packageVersionCreate.versionDescription";
    public static final String PACKAGE_VERSION_CREATE_BRANCH = "eca.packageVersionCreate.branch";
    public static final String PACKAGE_VERSION_CREATE_TAG = "eca.packageVersionCreate.tag";

    // package-version-report
    public static final String PACKAGE_VERSION_REPORT_SKIP = "eca.packageVersionReport.skip";
    public static final String PACKAGE_VERSION_REPORT_REQUEST_ID = "eca.packageVersionReport.requestId";

    // package-version-promote
    public static final String PACKAGE_VERSION_PROMOTE_SKIP = "eca.packageVersionPromote.skip";

    // package-install
    public static final String PACKAGE_INSTALL_SKIP = "eca.packageInstall.skip";
    public static final String PACKAGE_INSTALL_PUBLISH_WAIT = "eca.packageInstall.publishWait";
    public static final String PACKAGE_INSTALL_SECURITY_TYPE = "eca.packageInstall.securityType";
    public static final String PACKAGE_INSTALL_UPGRADE_TYPE = "eca.packageInstall.upgradeType";
    public static final String PACKAGE_INSTALL_APEX_COMPILE = "eca.packageInstall.apexCompile";

    /**
     * Properties of an earlier release under their new name: a goal refuses the old one (instead of silently taking
     * the default) and names the new one.
     */
    public static final java.util.Map<String, String> RENAMED = java.util.Map.of("eca.packageCreate.type",
            PACKAGE_TYPE, "eca.validate.sourceOrgId", SOURCE_ORG_ID);

    /** The POM element of a property: its last segment ({@code eca.deploy.checkOnly} → {@code checkOnly}). */
    public static String element(String property) {
        return property.substring(property.lastIndexOf('.') + 1);
    }

    /** How messages name a parameter: {@code <checkOnly> (eca.deploy.checkOnly)}. */
    public static String describe(String property) {
        return "<" + element(property) + "> (" + property + ")";
    }
}

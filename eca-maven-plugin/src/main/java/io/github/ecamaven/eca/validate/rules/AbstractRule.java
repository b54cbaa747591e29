package io.github.ecamaven.eca.validate.rules;

import io.github.ecamaven.eca.model.io.SourcePosition;
import io.github.ecamaven.eca.validate.Category;
import io.github.ecamaven.eca.validate.Rule;
import io.github.ecamaven.eca.validate.RuleContext;
import io.github.ecamaven.eca.validate.Severity;
import io.github.ecamaven.eca.project.EcaFile;
import io.github.ecamaven.eca.project.EcaProject;

/** The catalogue fields of a rule, so that each rule class holds only its check. */
public abstract class AbstractRule implements Rule {

    /** Salesforce Metadata API Developer Guide, the ECA types. */
    protected static final String META_API =
            "https://developer.salesforce.com/docs/atlas.en-us.api_meta.meta/api_meta/meta_externalclientapplication.htm";
    protected static final String GLOBAL_OAUTH_DOC = "https://developer.salesforce.com/docs/atlas.en-us.api_meta.meta"
            + "/api_meta/meta_extlclntappglobaloauthsettings.htm";
    protected static final String OAUTH_POLICIES_DOC = "https://developer.salesforce.com/docs/atlas.en-us.api_meta"
            + ".meta/api_meta/meta_extlclntappoauthconfigurablepolicies.htm";
    protected static final String OAUTH_SETTINGS_DOC = "https://developer.salesforce.com/docs/atlas.en-us.api_meta"
            + ".meta/api_meta/meta_extlclntappoauthsettings.htm";
    protected static final String ISV_SECURITY_DOC = "https://developer.salesforce.com/docs/atlas.en-us.packagingGuide"
            + ".meta/packagingGuide/secure_code_ac_eca.htm";
    protected static final String PROJECT_JSON_DOC = "https://developer.salesforce.com/docs/atlas.en-us.sfdx_dev.meta"
            + "/sfdx_dev/sfdx_dev_ws_config.htm";
    protected static final String PACKAGE_XML_DOC = "https://developer.salesforce.com/docs/atlas.en-us.api_meta.meta"
            + "/api_meta/manifest_samples.htm";
    protected static final String CREATE_ECA_HELP =
            "https://help.salesforce.com/s/articleView?id=xcloud.create_a_local_external_client_app.htm&type=5";
    protected static final String PACKAGE_ECA_HELP =
            "https://help.salesforce.com/s/articleView?id=xcloud.configure_packageable_external_client_apps.htm&type=5";
    protected static final String CONNECTED_APP_DOC = "https://developer.salesforce.com/docs/atlas.en-us.api_rest"
            + ".meta/api_rest/intro_defining_remote_access_applications.htm";
    protected static final String PACKAGE_CONFIG_DOC = "https://developer.salesforce.com/docs/atlas.en-us.sfdx_dev"
            + ".meta/sfdx_dev/sfdx_dev_dev2gp_config_file.htm";
    protected static final String SDR_REGISTRY =
            "https://github.com/forcedotcom/source-deploy-retrieve/blob/main/src/registry/metadataRegistry.json";
    protected static final String NANGO_GUIDE =
            "https://nango.dev/docs/api-integrations/salesforce/salesforce-api-oauth-app-setup";

    private final String id;
    private final Severity severity;
    private final Category category;
    private final String title;
    private final String rationale;
    private final String source;

    protected AbstractRule(String id, Severity severity, Category category, String title, String rationale,
            String source) {
        this.id = id;
        this.severity = severity;
        this.category = category;
        this.title = title;
        this.rationale = rationale;
        this.source = source;
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final Severity defaultSeverity() {
        return severity;
    }

    @Override
    public final Category category() {
        return category;
    }

    @Override
    public final String title() {
        return title;
    }

    @Override
    public final String rationale() {
        return rationale;
    }

    @Override
    public final String source() {
        return source;
    }

    @Override
    public abstract void check(EcaProject project, RuleContext context);

    /** Whether the rules for distributed apps apply to the app of {@code file} (Packaged, or the isv profile). */
    protected static boolean distributed(EcaProject project, RuleContext ctx, EcaFile file) {
        return ctx.profile().treatAllAppsAsDistributed() || project.isPackaged(file.appName());
    }

    /** "a Packaged" or "a Local" app, for messages. */
    protected static String distributionWord(EcaProject project, EcaFile file) {
        return project.isPackaged(file.appName()) ? "a Packaged" : "this";
    }

    /** Line and column of {@code offset} in a file's raw text. */
    protected static SourcePosition positionIn(String text, int offset) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new SourcePosition(line, offset - lineStart + 1);
    }

    @Override
    public String toString() {
        return id;
    }
}

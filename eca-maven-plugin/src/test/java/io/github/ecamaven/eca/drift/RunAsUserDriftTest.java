package io.github.ecamaven.eca.drift;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ecamaven.eca.project.RunAsUser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run-as user template in the repository against the username an org holds. */
class RunAsUserDriftTest {

    private static final String FILE = "extlClntAppOauthPolicies/Nango_oauthPlcy.ecaOauthPlcy-meta.xml";
    private static final String MAP = "@{targetOrg: dev=integration@acme.com.dev, *=@{targetOrg.username}}";

    @TempDir
    Path tmp;

    private void write(String tree, String user) throws Exception {
        Path f = tmp.resolve(tree).resolve(FILE);
        Files.createDirectories(f.getParent());
        Files.writeString(f, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<ExtlClntAppOauthConfigurablePolicies"
                + " xmlns=\"http://soap.sforce.com/2006/04/metadata\">\n"
                + "    <clientCredentialsFlowUser>" + user + "</clientCredentialsFlowUser>\n"
                + "    <externalClientApplication>Nango</externalClientApplication>\n"
                + "</ExtlClntAppOauthConfigurablePolicies>\n");
    }

    private DriftReport compare(String orgUser, Function<RunAsUser, String> resolver) throws Exception {
        write("repo", MAP);
        write("org", orgUser);
        return new DriftDetector(resolver).compare(tmp.resolve("repo"), tmp.resolve("org"), Set.of());
    }

    /** What {@link io.github.ecamaven.eca.orgsync.RunAsUsers} gives for org {@code dev}, logged in as admin. */
    private static String dev(RunAsUser t) {
        return t.resolve("dev", "dev", "admin@acme.com.dev");
    }

    @Test
    void theOrgsUserMatchesTheTemplateWhenItIsWhatTheTemplateGivesForThatOrg() throws Exception {
        assertThat(compare("integration@acme.com.dev", RunAsUserDriftTest::dev).drifts()).isEmpty();
        // Salesforce keeps usernames in lower case
        assertThat(compare("Integration@Acme.com.dev", RunAsUserDriftTest::dev).drifts()).isEmpty();
    }

    @Test
    void anotherUserIsDriftShowingTheTemplateAndWhatItGives() throws Exception {
        assertThat(compare("admin@acme.com.dev", RunAsUserDriftTest::dev).drifts())
                .extracting(FieldDrift::describe).containsExactly("policies.clientCredentialsFlowUser: repository "
                        + MAP + " (integration@acme.com.dev in this org), org admin@acme.com.dev");
        assertThat(compare("integration@acme.com.dev", t -> null).drifts())
                .extracting(FieldDrift::describe).singleElement().asString().contains("(no user for this org)");
        // without an org to resolve for, the template is never taken for a username
        assertThat(new DriftDetector().compare(tmp.resolve("repo"), tmp.resolve("org"), Set.of()).drifts())
                .hasSize(1);
    }
}

package io.github.ecamaven.eca.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ecamaven.eca.fuzz.InputOracle.Kind;
import io.github.ecamaven.eca.fuzz.InputOracle.Outcome;
import io.github.ecamaven.eca.validate.Finding;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Seeded fuzzing of every file the plugin reads: ECA files of all five kinds, package.xml, a Connected App and
 * sfdx-project.json, mutated as in {@link Mutator}. Each case must end as {@link InputOracle} demands; a fixed
 * number of cases (not a time budget) keeps the run the same on every machine. {@code -Deca.fuzz.cases=N} runs more,
 * {@code -Deca.fuzz.seed=S} other ones. Inputs that once broke something are kept under
 * {@code src/test/resources/hostile} and replayed by {@link #hostileFixturesEndInFindingsOrAFileError}.
 */
class InputFuzzTest {

    private static final String NS = " xmlns=\"http://soap.sforce.com/2006/04/metadata\"";
    private static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";

    /** Every how many cases the whole validator runs over the project (the readers run on every case). */
    private static final int VALIDATE_EVERY = 40;

    static final Map<Kind, String> SEEDS = new EnumMap<>(Kind.class);

    static {
        SEEDS.put(Kind.ECA, HEAD + "<ExternalClientApplication" + NS + ">\n"
                + "    <contactEmail>ops@example.com</contactEmail>\n"
                + "    <distributionState>Local</distributionState>\n"
                + "    <isProtected>false</isProtected>\n"
                + "    <label>Fuzz App</label>\n"
                + "</ExternalClientApplication>\n");
        SEEDS.put(Kind.OAUTH, HEAD + "<ExtlClntAppOauthSettings" + NS + ">\n"
                + "    <commaSeparatedOauthScopes>Api, RefreshToken</commaSeparatedOauthScopes>\n"
                + "    <externalClientApplication>Fuzz_App</externalClientApplication>\n"
                + "    <label>Fuzz_App_oauth</label>\n"
                + "</ExtlClntAppOauthSettings>\n");
        SEEDS.put(Kind.GLOBAL, HEAD + "<ExtlClntAppGlobalOauthSettings" + NS + ">\n"
                + "    <callbackUrl>https://app.example.com/oauth/callback</callbackUrl>\n"
                + "    <externalClientApplication>Fuzz_App</externalClientApplication>\n"
                + "    <isConsumerSecretOptional>false</isConsumerSecretOptional>\n"
                + "    <isPkceRequired>true</isPkceRequired>\n"
                + "    <isSecretRequiredForRefreshToken>true</isSecretRequiredForRefreshToken>\n"
                + "    <label>Fuzz_App_glbloauth</label>\n"
                + "</ExtlClntAppGlobalOauthSettings>\n");
        SEEDS.put(Kind.OAUTH_POLICIES, HEAD + "<ExtlClntAppOauthConfigurablePolicies" + NS + ">\n"
                + "    <externalClientApplication>Fuzz_App</externalClientApplication>\n"
                + "    <ipRelaxationPolicyType>Enforce</ipRelaxationPolicyType>\n"
                + "    <label>Fuzz_App_oauthPlcy</label>\n"
                + "    <permittedUsersPolicyType>AllSelfAuthorized</permittedUsersPolicyType>\n"
                + "    <refreshTokenPolicyType>SpecificLifetime</refreshTokenPolicyType>\n"
                + "    <refreshTokenValidityPeriod>6</refreshTokenValidityPeriod>\n"
                + "    <refreshTokenValidityUnit>Months</refreshTokenValidityUnit>\n"
                + "</ExtlClntAppOauthConfigurablePolicies>\n");
        SEEDS.put(Kind.POLICIES, HEAD + "<ExtlClntAppConfigurablePolicies" + NS + ">\n"
                + "    <externalClientApplication>Fuzz_App</externalClientApplication>\n"
                + "    <isEnabled>true</isEnabled>\n"
                + "    <isOauthPluginEnabled>true</isOauthPluginEnabled>\n"
                + "    <label>Fuzz_App_plcy</label>\n"
                + "</ExtlClntAppConfigurablePolicies>\n");
        SEEDS.put(Kind.MANIFEST, HEAD + "<Package" + NS + ">\n"
                + "    <types>\n        <members>Fuzz_App</members>\n"
                + "        <name>ExternalClientApplication</name>\n    </types>\n"
                + "    <types>\n        <members>Fuzz_App_plcy</members>\n"
                + "        <name>ExtlClntAppConfigurablePolicies</name>\n    </types>\n"
                + "    <types>\n        <members>Fuzz_App_glbloauth</members>\n"
                + "        <name>ExtlClntAppGlobalOauthSettings</name>\n    </types>\n"
                + "    <types>\n        <members>Fuzz_App_oauthPlcy</members>\n"
                + "        <name>ExtlClntAppOauthConfigurablePolicies</name>\n    </types>\n"
                + "    <types>\n        <members>Fuzz_App_oauth</members>\n"
                + "        <name>ExtlClntAppOauthSettings</name>\n    </types>\n"
                + "    <version>64.0</version>\n</Package>\n");
        SEEDS.put(Kind.CONNECTED_APP, HEAD + "<ConnectedApp" + NS + ">\n"
                + "    <contactEmail>ops@example.org</contactEmail>\n"
                + "    <label>Old App</label>\n"
                + "    <oauthConfig>\n"
                + "        <callbackUrl>https://app.example.org/cb</callbackUrl>\n"
                + "        <consumerKey>3MVG9example</consumerKey>\n"
                + "        <isPkceRequired>true</isPkceRequired>\n"
                + "        <scopes>Api</scopes>\n"
                + "        <scopes>RefreshToken</scopes>\n"
                + "    </oauthConfig>\n"
                + "    <oauthPolicy>\n"
                + "        <ipRelaxation>ENFORCE</ipRelaxation>\n"
                + "        <refreshTokenPolicy>infinite</refreshTokenPolicy>\n"
                + "    </oauthPolicy>\n"
                + "</ConnectedApp>\n");
        SEEDS.put(Kind.PROJECT, "{\n  \"packageDirectories\": [\n    {\n      \"path\": \"force-app\",\n"
                + "      \"default\": true\n    }\n  ],\n  \"name\": \"fuzz\",\n  \"namespace\": \"\",\n"
                + "  \"sourceApiVersion\": \"64.0\"\n}\n");
    }

    @TempDir
    Path project;

    private void writeCleanProject() throws IOException {
        for (Map.Entry<Kind, String> e : SEEDS.entrySet()) {
            Path f = project.resolve(e.getKey().path);
            Files.createDirectories(f.getParent());
            Files.writeString(f, e.getValue(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void theSeedsAreCleanInputs() throws IOException {
        writeCleanProject();
        for (Kind k : Kind.values()) {
            assertThat(InputOracle.read(project, k, SEEDS.get(k).getBytes(StandardCharsets.UTF_8)))
                    .as("%s seed", k).isEqualTo(Outcome.READ);
        }
        byte[] app = SEEDS.get(Kind.ECA).getBytes(StandardCharsets.UTF_8);
        assertThat(InputOracle.validate(project, Kind.ECA, app, Outcome.READ)).as("findings of the clean project")
                .isEmpty();
    }

    @Test
    void everyMutatedInputEndsInAModelOrAFileErrorNeverACrash() throws IOException {
        int cases = Integer.getInteger("eca.fuzz.cases", 4_000);
        long seed = Long.getLong("eca.fuzz.seed", 20_261_130L);
        writeCleanProject();
        Kind[] kinds = Kind.values();
        Map<Outcome, Integer> outcomes = new EnumMap<>(Outcome.class);
        List<String> defects = new ArrayList<>();
        int validated = 0;
        for (int i = 0; i < cases; i++) {
            Kind kind = kinds[i % kinds.length];
            Random r = new Random(seed * 31 + i);
            StringBuilder what = new StringBuilder();
            boolean validatedNow = i % VALIDATE_EVERY == 0;
            byte[] input = Mutator.mutate(SEEDS.get(kind).getBytes(StandardCharsets.UTF_8), r,
                    kind == Kind.PROJECT, what);
            try {
                Outcome o = InputOracle.read(project, kind, input);
                outcomes.merge(o, 1, Integer::sum);
                if (validatedNow) {
                    InputOracle.validate(project, kind, input, o);
                    validated++;
                }
            } catch (Throwable t) { // an Error too: StackOverflowError and OutOfMemoryError are what this hunts
                if (defects.size() < 20) {
                    defects.add("case " + i + " (" + kind + ": " + what + "seed " + seed + "): " + t);
                }
            }
            if (validatedNow || kind == Kind.PROJECT) {
                Files.writeString(project.resolve(kind.path), SEEDS.get(kind), StandardCharsets.UTF_8);
            }
        }
        System.out.printf("eca fuzz: %d cases (seed %d), %d read, %d file-level errors, %d validated, %d defects%n",
                cases, seed, outcomes.getOrDefault(Outcome.READ, 0), outcomes.getOrDefault(Outcome.FILE_ERROR, 0),
                validated, defects.size());
        assertThat(defects).as("inputs that did not end in a model or a file-level error").isEmpty();
        assertThat(outcomes.getOrDefault(Outcome.FILE_ERROR, 0)).as("the mutations reach the error paths")
                .isGreaterThan(cases / 4);
        assertThat(outcomes.getOrDefault(Outcome.READ, 0)).as("and the reading paths").isGreaterThan(cases / 20);
    }

    static Stream<String> hostileFixtures() throws IOException, URISyntaxException {
        Path dir = Path.of(InputFuzzTest.class.getResource("/hostile").toURI());
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileFixtures")
    void hostileFixturesEndInFindingsOrAFileError(String name) throws IOException {
        writeCleanProject();
        Kind kind = Kind.ofFileName(name);
        byte[] content;
        try (InputStream in = InputFuzzTest.class.getResourceAsStream("/hostile/" + name)) {
            content = in.readAllBytes();
        }
        Outcome o = InputOracle.read(project, kind, content);
        List<Finding> findings = InputOracle.validate(project, kind, content, o);
        if (o == Outcome.READ && kind != Kind.CONNECTED_APP) { // Connected Apps are read by migrate, not validated
            assertThat(findings).as("a hostile %s that reads is still reported", name).isNotEmpty();
        }
    }
}

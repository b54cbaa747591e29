package io.github.ecamaven.eca.generate;

import static io.github.ecamaven.eca.generate.GenerateTestSupport.GLOBAL;
import static io.github.ecamaven.eca.generate.GenerateTestSupport.HEADER;
import static io.github.ecamaven.eca.generate.GenerateTestSupport.OAUTH;
import static io.github.ecamaven.eca.generate.GenerateTestSupport.nango;
import static io.github.ecamaven.eca.generate.GenerateTestSupport.read;
import static io.github.ecamaven.eca.generate.GenerateTestSupport.request;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ecamaven.eca.testing.RecordingLog;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rerun with the same configuration over the files the last run left answers from the stamp; any change the stamp
 * covers (a file, sfdx-project.json, a certificate, an {@code <app>} value) means the whole run again, which still
 * compares values, so the result is the same as without a stamp.
 */
class GenerateStampTest {

    @TempDir
    Path project;

    @TempDir
    Path build;

    private RecordingLog log = new RecordingLog(true);

    private GenerateResult generate(GenerateRequest r) throws Exception {
        log = new RecordingLog(true);
        return new EcaGenerator(log).rememberingIn(build.resolve("eca/generated-values.properties")).generate(r);
    }

    private boolean answeredFromStamp() {
        return log.messages("DEBUG").stream().anyMatch(m -> m.contains("GenerateStamp"));
    }

    @Test
    void aRerunOverUnchangedFilesAnswersFromTheStamp() throws Exception {
        GenerateResult first = generate(request(project, nango()));
        assertThat(first.written()).hasSize(7);
        assertThat(answeredFromStamp()).isFalse();

        GenerateResult again = generate(request(project, nango()));
        assertThat(answeredFromStamp()).isTrue();
        assertThat(again.written()).isEmpty();
        assertThat(again.upToDate()).containsExactlyInAnyOrderElementsOf(first.written());
        assertThat(again.summary()).isEqualTo("All 7 files are up to date");
    }

    @Test
    void aChangedValueInThePomIsAFullRunThatWritesIt() throws Exception {
        generate(request(project, nango()));
        EcaApp relabelled = nango();
        relabelled.setLabel("Nango Renamed");
        GenerateResult r = generate(request(project, relabelled));
        assertThat(answeredFromStamp()).isFalse();
        assertThat(r.written()).containsExactly(HEADER);
        assertThat(read(project, HEADER)).contains("<label>Nango Renamed</label>");
        assertThat(generate(request(project, relabelled)).written()).isEmpty();
        assertThat(answeredFromStamp()).as("the new configuration is stamped").isTrue();
    }

    @Test
    void aHandEditedOrDeletedFileIsAFullRun() throws Exception {
        generate(request(project, nango()));
        String global = read(project, GLOBAL);
        assertThat(global).contains("<isPkceRequired>true</isPkceRequired>");
        Files.writeString(project.resolve(GLOBAL), global
                .replace("<isPkceRequired>true</isPkceRequired>", "<isPkceRequired>false</isPkceRequired>"));
        GenerateResult edited = generate(request(project, nango()));
        assertThat(answeredFromStamp()).isFalse();
        assertThat(edited.written()).containsExactly(GLOBAL);
        assertThat(read(project, GLOBAL)).isEqualTo(global);

        // a layout change only: the full run finds equal values, writes nothing, and stamps the file as it is
        String spaced = read(project, OAUTH).replace("\n    <", "\n\n    <");
        Files.writeString(project.resolve(OAUTH), spaced);
        assertThat(generate(request(project, nango())).written()).isEmpty();
        assertThat(answeredFromStamp()).isFalse();
        assertThat(generate(request(project, nango())).written()).isEmpty();
        assertThat(answeredFromStamp()).isTrue();
        assertThat(read(project, OAUTH)).isEqualTo(spaced);

        Files.delete(project.resolve(HEADER));
        assertThat(generate(request(project, nango())).written()).containsExactly(HEADER);
        assertThat(answeredFromStamp()).isFalse();
    }

    @Test
    void aChangedSfdxProjectOrApiVersionIsAFullRun() throws Exception {
        generate(request(project, nango()));
        Path json = project.resolve("sfdx-project.json");
        Files.writeString(json, read(project, "sfdx-project.json").replace("\"force-app\"", "\"force-app\" "));
        generate(request(project, nango()));
        assertThat(answeredFromStamp()).isFalse();

        generate(request(project, false, "65.0", null, nango()));
        assertThat(answeredFromStamp()).as("another API version is another request").isFalse();
    }

    @Test
    void aChangedCertificateIsAFullRun() throws Exception {
        Path cert = GenerateTestSupport.resource("jwt-test.crt");
        Path copy = Files.copy(cert, project.resolve("jwt-test.crt"));
        EcaApp app = nango();
        app.setCertificateFile(copy.toFile());
        app.setJwtBearer("true");
        generate(request(project, app));
        generate(request(project, app));
        assertThat(answeredFromStamp()).isTrue();

        Files.writeString(copy, read(project, "jwt-test.crt") + "\n");
        generate(request(project, app));
        assertThat(answeredFromStamp()).isFalse();
    }

    @Test
    void checkModeNeitherReadsNorWritesTheStampAndTheStampHoldsNoValue() throws Exception {
        EcaApp app = nango();
        app.setConsumerKey("3MVG9aConsumerKeyOnlyThisTestUses");
        generate(request(project, app));
        Path stampFile = build.resolve("eca/generate-stamp.txt");
        String stamp = Files.readString(stampFile, StandardCharsets.UTF_8);
        assertThat(stamp).doesNotContain("3MVG9aConsumerKey").doesNotContain("Nango Integration")
                .doesNotContain("integrations@example.com");

        GenerateResult check = generate(request(project, true, "66.0", null, app));
        assertThat(answeredFromStamp()).isFalse();
        assertThat(check.allUpToDate()).isTrue();
        assertThat(Files.readString(stampFile, StandardCharsets.UTF_8)).isEqualTo(stamp);
    }

    @Test
    void everyRequestComponentAndEveryAppFieldChangesTheKey() throws Exception {
        GenerateRequest base = request(project, nango());
        String key = GenerateStamp.key(base);
        assertThat(GenerateStamp.key(request(project, nango()))).isEqualTo(key);

        java.lang.reflect.RecordComponent[] components = GenerateRequest.class.getRecordComponents();
        Class<?>[] types = java.util.Arrays.stream(components).map(java.lang.reflect.RecordComponent::getType)
                .toArray(Class<?>[]::new);
        java.lang.reflect.Constructor<GenerateRequest> canonical = GenerateRequest.class.getConstructor(types);
        for (int i = 0; i < components.length; i++) {
            Object[] values = new Object[components.length];
            for (int j = 0; j < components.length; j++) {
                values[j] = components[j].getAccessor().invoke(base);
            }
            values[i] = other(components[i].getType(), values[i]);
            assertThat(GenerateStamp.key(canonical.newInstance(values))).as(components[i].getName()).isNotEqualTo(key);
        }
        for (java.lang.reflect.Field f : EcaApp.class.getDeclaredFields()) {
            if (java.lang.reflect.Modifier.isStatic(f.getModifiers())) {
                continue;
            }
            EcaApp app = nango();
            f.setAccessible(true);
            f.set(app, other(f.getType(), f.get(app)));
            assertThat(GenerateStamp.key(request(project, app))).as("<app> " + f.getName()).isNotEqualTo(key);
        }
    }

    /** A value of {@code type} unlike {@code v}. */
    private Object other(Class<?> type, Object v) {
        if (type == String.class) {
            return v + "x";
        }
        if (type == Path.class) {
            return ((Path) v).resolve("x");
        }
        if (type == boolean.class) {
            return !(Boolean) v;
        }
        if (type == Boolean.class) {
            return v == null ? Boolean.TRUE : null;
        }
        if (type == Integer.class) {
            return v == null ? 7 : (Integer) v + 1;
        }
        if (type == io.github.ecamaven.eca.project.NangoCallback.class) {
            return io.github.ecamaven.eca.project.NangoCallback.of("https://nango.example.com", null);
        }
        if (type == java.io.File.class) {
            return new java.io.File(project.toFile(), "other.crt");
        }
        if (type == java.util.Map.class) {
            return java.util.Map.of("ECA-X-001", "off");
        }
        if (type == java.util.List.class) {
            return v instanceof java.util.List<?> l && !l.isEmpty() && l.get(0) instanceof EcaApp
                    ? java.util.List.of(nango(), nango()) : java.util.List.of("x");
        }
        throw new IllegalStateException("no other value for " + type);
    }
}

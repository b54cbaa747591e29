package io.github.ecamaven.eca.arch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The help of the credentials goals says what they do: one app, never "every app of the project". */
class CredentialsHelpTextTest {

    private static String appNamesHelp(String descriptor, String goal) {
        Matcher mojo = Pattern.compile("<goal>" + goal + "</goal>.*?</mojo>", Pattern.DOTALL).matcher(descriptor);
        assertThat(mojo.find()).as(goal).isTrue();
        Matcher p = Pattern.compile("<name>appNames</name>.*?<description>(.*?)</description>", Pattern.DOTALL)
                .matcher(mojo.group());
        assertThat(p.find()).as(goal + " has appNames").isTrue();
        return p.group(1);
    }

    @Test
    void theCredentialsGoalsTakeOneAppTheSyncGoalsSeveral() throws Exception {
        String descriptor = Files.readString(Path.of("target/classes/META-INF/maven/plugin.xml"),
                StandardCharsets.UTF_8);
        for (String goal : new String[] {"credentials", "rotate-credentials"}) {
            assertThat(appNamesHelp(descriptor, goal)).contains("the one app").contains("more than one app is an error")
                    .doesNotContain("every app of the project");
        }
        assertThat(appNamesHelp(descriptor, "deploy")).contains("every app of the project");
    }
}

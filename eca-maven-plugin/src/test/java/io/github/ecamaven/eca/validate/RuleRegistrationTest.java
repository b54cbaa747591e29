package io.github.ecamaven.eca.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** A rule class that is not in the catalogue never runs; this fails until it is registered. */
class RuleRegistrationTest {

    @Test
    void everyRuleClassIsInTheCatalogue() throws Exception {
        Path dir = Path.of("src/main/java/io/github/ecamaven/eca/validate/rules");
        List<Class<?>> ruleClasses;
        try (Stream<Path> s = Files.list(dir)) {
            ruleClasses = s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".java"))
                    .<Class<?>>map(n -> load("io.github.ecamaven.eca.validate.rules." + n.replace(".java", "")))
                    .filter(c -> Rule.class.isAssignableFrom(c) && !Modifier.isAbstract(c.getModifiers()))
                    .toList();
        }
        assertThat(ruleClasses).hasSizeGreaterThan(40);
        List<Class<?>> registered = RuleCatalogue.rules().stream().<Class<?>>map(Object::getClass).toList();
        assertThat(registered).containsAll(ruleClasses);
    }

    @Test
    void everyRuleHasItsIdAsAConstant() throws Exception {
        for (Rule rule : RuleCatalogue.rules()) {
            var field = rule.getClass().getField("ID");
            assertThat(Modifier.isStatic(field.getModifiers()) && Modifier.isFinal(field.getModifiers()))
                    .as(rule.getClass().getSimpleName() + ".ID is a constant").isTrue();
            assertThat(field.get(null)).as(rule.getClass().getSimpleName() + ".ID").isEqualTo(rule.id());
        }
    }

    @Test
    void projectRulesSayTheirScope() {
        assertThat(RuleCatalogue.rule("ECA-PROJ-004").scope()).isEqualTo(RuleScope.PROJECT);
        assertThat(RuleCatalogue.rule("ECA-REF-001").scope()).isEqualTo(RuleScope.PROJECT);
        assertThat(RuleCatalogue.rule("ECA-CB-001").scope()).isEqualTo(RuleScope.FILE);
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}

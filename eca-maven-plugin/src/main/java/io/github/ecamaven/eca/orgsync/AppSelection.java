package io.github.ecamaven.eca.orgsync;

import io.github.ecamaven.eca.generate.EcaApp;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Which apps an org goal works on: the ones named on the command line, else the configured {@code <apps>}. */
public final class AppSelection {

    private AppSelection() {}

    /**
     * {@code names} (the goal's {@code eca.appNames}, read by {@code ParameterValues.list}), else the names of
     * {@code configured}; empty means every app.
     */
    public static Set<String> of(List<String> names, List<EcaApp> configured) {
        Set<String> out = new LinkedHashSet<>(names == null ? List.of() : names);
        if (out.isEmpty() && configured != null) {
            configured.stream().map(EcaApp::getName).filter(n -> n != null && !n.isBlank()).forEach(out::add);
        }
        return out;
    }
}

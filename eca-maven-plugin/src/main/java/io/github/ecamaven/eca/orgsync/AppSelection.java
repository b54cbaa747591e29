package io.github.ecamaven.eca.orgsync;

import io.github.ecamaven.eca.generate.EcaApp;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Which apps an org goal works on: the ones named on the command line, else the configured {@code <apps>}. */
public final class AppSelection {

    private AppSelection() {}

    /** Names from {@code csv} ("A,B"), else the names of {@code configured}; empty means every app. */
    public static Set<String> of(String csv, List<EcaApp> configured) {
        Set<String> out = new LinkedHashSet<>();
        Arrays.stream(csv == null ? new String[0] : csv.split(",")).map(String::strip).filter(x -> !x.isEmpty())
                .forEach(out::add);
        if (out.isEmpty() && configured != null) {
            configured.stream().map(EcaApp::getName).filter(n -> n != null && !n.isBlank()).forEach(out::add);
        }
        return out;
    }
}

package io.github.ecamaven.eca.credentials;

import io.github.ecamaven.eca.model.ExtlClntAppGlobalOauthSettings;
import io.github.ecamaven.eca.model.io.EcaXmlException;
import io.github.ecamaven.eca.model.values.SalesforceValues;
import io.github.ecamaven.eca.project.EcaFile;
import io.github.ecamaven.eca.project.NangoCallback;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Before a key goes to Nango: the app must list the callback Nango sends ({@link NangoCallback}), else the
 * integration is set up and the first user's authorization ends in {@code redirect_uri_mismatch}. The app's callbacks
 * are those of its global OAuth settings file in the project (the file the source org was deployed from).
 *
 * @param callback the callback of the Nango server the build declares
 * @param file the app's global OAuth settings file, or null when the project has none
 * @param callbacks the callback URLs that file lists, one per line
 */
record NangoCallbackCheck(NangoCallback callback, Path file, List<String> callbacks) {

    /** Reads the callbacks of {@code app}'s global OAuth settings file from the package directories. */
    static NangoCallbackCheck of(NangoCallback callback, Path projectDir, List<Path> packageDirs, String app)
            throws IOException, EcaXmlException {
        Path file = null;
        List<String> callbacks = new ArrayList<>();
        for (EcaFile f : EcaFile.find(projectDir, packageDirs, Set.of(app))) {
            if (f.document().model() instanceof ExtlClntAppGlobalOauthSettings g) {
                file = f.path();
                callbacks.addAll(SalesforceValues.splitCallbacks(g.getCallbackUrl()));
            }
        }
        return new NangoCallbackCheck(callback, file, List.copyOf(callbacks));
    }

    /** Whether the project shows the app's callbacks at all; when it does not, the check cannot tell. */
    boolean known() {
        return file != null;
    }

    /**
     * Refuses when the app's callbacks lack Nango's, naming the missing callback, where it comes from and the fix.
     *
     * @throws CredentialsException the user's configuration, before anything is written to Nango
     */
    void require(String app) throws CredentialsException {
        if (!known() || callback.isAmong(callbacks)) {
            return;
        }
        throw new CredentialsException(file + ": " + app + " does not list Nango's callback " + callback.url() + " ("
                + callback.origin() + ") among its callbacks " + callbacks + ", so every authorization through Nango"
                + " would end in redirect_uri_mismatch; the key was not handed to Nango. Fix: " + callback.fix()
                + ", then run this goal again.", false);
    }
}

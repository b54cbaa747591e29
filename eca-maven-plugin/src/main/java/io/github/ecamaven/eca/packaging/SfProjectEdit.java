package io.github.ecamaven.eca.packaging;

import io.github.ecamaven.eca.project.JsonValue;
import io.github.ecamaven.eca.project.SfdxProject;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * What an sf command that writes sfdx-project.json itself ({@code package create}, {@code package version create})
 * must leave of the project. {@code sf package create} replaces a packageDirectories entry that already names the
 * package (as eca:generate writes it for a Packaged app) by a fresh one: {@code "default": false} when any other
 * entry is marked default, {@code versionName} and {@code versionNumber} back to {@code ver 0.1} and
 * {@code 0.1.0.NEXT}, every other key of the entry dropped. Without the default, eca:validate reports the project
 * and {@code sf package version create} stops.
 *
 * <p>{@link #settle} compares the file after sf with the file before: an entry that lost a key or a value gets them
 * back, in its own key order, with the keys sf added kept after them (the file stays in sf's format), and the change
 * is logged in one line. An edit that cannot be undone that way (an entry gone, replaced by another folder's, a
 * second entry for the same folder, the default moved) fails naming the entry.
 */
final class SfProjectEdit {

    private SfProjectEdit() {}

    /**
     * After {@code sf <command>} succeeded on the project that was {@code before}: repairs what sf's edit lost.
     *
     * @param done what sf did that stays done (for the failure message), e.g. "package 'X' 0Ho… is created"
     * @throws PackagingException naming the entry when the edit cannot be repaired
     */
    static void settle(PackagingContext ctx, SfdxProject before, String command, String done)
            throws PackagingException, IOException {
        SfdxProject after;
        try {
            after = ctx.readProject();
        } catch (PackagingException e) {
            throw new PackagingException("sf " + command + " left " + SfdxProject.FILE_NAME + " unreadable (" + done
                    + "): " + e.getMessage(), false, e);
        }
        JsonValue was = before.json().path(SfdxProject.KEY_PACKAGE_DIRECTORIES);
        JsonValue now = after.json().path(SfdxProject.KEY_PACKAGE_DIRECTORIES);
        List<String> repairs = new ArrayList<>();
        for (int i = 0; i < was.size(); i++) {
            JsonValue b = was.path(i);
            JsonValue a = now.path(i);
            if (!b.isObject()) {
                continue;
            }
            String path = b.path(SfdxProject.KEY_PATH).asText(null);
            if (!a.isObject()) {
                throw unrepairable(after, command, done, i, path, "removed it");
            }
            String newPath = a.path(SfdxProject.KEY_PATH).asText(null);
            if (path != null && !path.equals(newPath)) {
                throw unrepairable(after, command, done, i, path, "replaced it by an entry for '" + newPath + "'");
            }
            if (lostSomething(b, a)) {
                List<String> keys = after.restorePackageDirectory(i, b);
                repairs.add("'" + path + "' (" + describe(b, keys) + ")");
            }
        }
        for (int j = was.size(); j < now.size(); j++) {
            String path = now.path(j).path(SfdxProject.KEY_PATH).asText(null);
            for (int i = 0; i < was.size(); i++) {
                if (path != null && path.equals(was.path(i).path(SfdxProject.KEY_PATH).asText(null))) {
                    throw unrepairable(after, command, done, j, path, "added it for the folder that"
                            + " packageDirectories[" + i + "] already is; keep one of the two entries");
                }
            }
        }
        SfdxProject.PackageDirectory defaultBefore = before.effectiveDefaultPackageDirectory();
        SfdxProject.PackageDirectory defaultAfter = after.effectiveDefaultPackageDirectory();
        if (defaultBefore != null && (defaultAfter == null || !defaultBefore.path().equals(defaultAfter.path()))) {
            throw unrepairable(after, command, done, defaultBefore.index(), defaultBefore.path(),
                    "left it no longer the default package directory; mark it \"default\": true again");
        }
        if (!repairs.isEmpty()) {
            after.write();
            ctx.log().info("sf " + command + " rewrote the package directory " + String.join(" and ", repairs)
                    + " in " + SfdxProject.FILE_NAME + "; restored the entry as it was, with the keys sf added.");
        }
    }

    /** Whether a key of {@code before} is gone or has another value in {@code after}. */
    private static boolean lostSomething(JsonValue before, JsonValue after) {
        for (var e : before.members().entrySet()) {
            if (!e.getValue().sameAs(after.get(e.getKey()))) {
                return true;
            }
        }
        return false;
    }

    /** The restored keys: a scalar with its value ({@code "default": true}), a list or object by its key. */
    private static String describe(JsonValue entry, List<String> keys) {
        List<String> out = new ArrayList<>();
        for (String key : keys) {
            JsonValue v = entry.path(key);
            out.add(v.isObject() || v.isArray() ? "\"" + key + "\"" : "\"" + key + "\": " + v.stringify());
        }
        return String.join(", ", out);
    }

    private static PackagingException unrepairable(SfdxProject after, String command, String done, int index,
            String path, String what) {
        return PackagingException.content("sf " + command + " changed packageDirectories[" + index + "] ('" + path
                + "') of " + after.file() + " in a way the plugin cannot undo: it " + what + ". " + done
                + "; fix the entry by hand (the file before is in your version control), then run eca:validate.");
    }
}

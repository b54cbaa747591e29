import java.nio.file.Files

// A project exactly as `sf project generate` makes it (its .prettierrc names prettier-plugin-apex and
// @prettier/plugin-xml), with node_modules as after the template's `npm install`: here the pinned prettier.
def home = new File(basedir, 'sf-home')
home.mkdirs()
def pb = new ProcessBuilder(sfExecutable, 'project', 'generate', '--name', 'demo', '--output-dir', 'sf-out')
        .directory(basedir).redirectErrorStream(true)
pb.environment().putAll([HOME: home.path, SF_DISABLE_TELEMETRY: 'true', SF_DISABLE_AUTOUPDATE: 'true',
                         SF_AUTOUPDATE_DISABLE: 'true', SF_SKIP_NEW_VERSION_CHECK: 'true', FORCE_COLOR: '0'])
def p = pb.start()
def out = p.inputStream.text
assert p.waitFor() == 0 : "sf project generate failed:\n$out"
def generated = new File(basedir, 'sf-out/demo')
generated.eachFile { f -> assert f.renameTo(new File(basedir, f.name)) : "cannot move ${f.name}" }
// git keeps no empty folder: a clone has no force-app/
new File(basedir, 'force-app').deleteDir()
assert new File(basedir, '.prettierrc').text.contains('@prettier/plugin-xml')
Files.createSymbolicLink(new File(basedir, 'node_modules').toPath(), new File(prettierDir, 'node_modules').toPath())
return true

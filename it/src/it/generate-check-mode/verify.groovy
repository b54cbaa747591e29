def log = new File(basedir, 'build.log').text
def has = { String s -> assert log.contains(s) : "build.log lacks: $s" }
def lacks = { String s -> assert !log.contains(s) : "build.log should not contain: $s" }
// run 1
has('eca:check: the files differ from the configuration (7 differences):')
has('force-app/main/default/externalClientApps/Nango_Integration.eca-meta.xml: (file missing)')
// run 2
has('Wrote 7 of 7 files; 0 up to date')
has('All 7 files are up to date')
// run 3
has('eca:generate: the files differ from the configuration (1 difference):')
has("manifest/package.xml: version '66.0' -> '65.0' (managed by <apiVersion>)")
// <apiVersion> is for the ECA files and package.xml; the project's sourceApiVersion is not the plugin's to change
lacks("sfdx-project.json: sourceApiVersion")
has('run mvn eca:generate to update them')
// nothing changed by the failing check
assert new File(basedir, 'manifest/package.xml').text.contains('<version>66.0</version>')
assert new File(basedir, 'sfdx-project.json').text.contains('"sourceApiVersion": "66.0"')
return true

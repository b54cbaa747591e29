def log = new File(basedir, 'build.log').text
assert !new File(basedir, 'pom.xml').exists() : 'this IT is about a folder without a POM'
assert log.contains('Maven Stub Project (No POM)') || log.contains('standalone-pom')
assert !log.contains('NullPointerException')
assert log.count('BUILD SUCCESS') == 3 : 'migrate and both validate runs must pass'

// 1: migrate wrote the app and its report under ./target/eca
assert new File(basedir, 'force-app/main/default/externalClientApps/Order_Sync.eca-meta.xml').isFile()
assert new File(basedir, 'target/eca/migrate-Order_Sync.md').isFile()
// 2: validate linted it and wrote every report under ./target/eca
assert log.contains('eca:validate: 0 error(s)')
// the Connected App left beside the ECA it was migrated to (no removeSource) is a warning with the fix
assert log.contains('[ECA-PROJ-013] the Connected App Order_Sync has been migrated')
assert log.contains('-Deca.migrate.removeSource=true')
['eca-validate.sarif', 'eca-validate-checkstyle.xml', 'TEST-eca-validate.xml'].each {
    assert new File(basedir, "target/eca/$it").isFile() : "missing ./target/eca/$it"
}
// 3: with -Deca.projectDirectory=. as well: no folder named after an unresolved expression
assert new File(basedir, 'target/eca-explicit/eca-validate.sarif').isFile()
def strays = []
basedir.eachFileRecurse { if (it.name.contains('${')) strays << it }
assert strays.isEmpty() : "folders named after unresolved expressions: $strays"
return true

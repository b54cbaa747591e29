def log = new File(basedir, 'build.log').text
assert log.contains('[E1]') : 'the refusal names rule E1'
assert log.contains('Billing_Bridge') && log.contains('installed package')
assert log.contains('nothing was written')
assert log.contains('BUILD FAILURE')
def eca = new File(basedir, 'force-app/main/default/externalClientApps')
assert !eca.exists() : 'all or nothing: no ECA file may be written'
assert !new File(basedir, 'manifest/package.xml').text.contains('ExternalClientApplication')
assert new File(basedir, 'target/eca/migrate-Billing_Bridge.md').text.contains('REFUSE')
return true

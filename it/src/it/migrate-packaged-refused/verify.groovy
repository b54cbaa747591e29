def log = new File(basedir, 'build.log').text
// 1: the dry run: one line per app naming its report, the refusal listed, one <apps> block, no Markdown dump
assert log.contains('Order_Sync: converts into 5 ECA file(s) (report: target/eca/migrate-Order_Sync.md)')
assert log.contains('Billing_Bridge refused: [E1]') && log.contains('(report: target/eca/migrate-Billing_Bridge.md)')
assert log.contains('eca:migrate: 1 of 2 Connected App(s) refused (Billing_Bridge)')
assert log.count('<apps>') == 1 && log.contains('<name>Order_Sync</name>') : 'emitPom prints one <apps> block'
assert !log.contains('## Mapping') && !log.contains('# eca:migrate') : 'the reports stay in their files'
assert log.count('BUILD SUCCESS') == 1 : 'the dry run succeeds although an app is refused'
// 2: the run that writes
assert log.contains('[E1]') : 'the refusal names rule E1'
assert log.contains('Billing_Bridge') && log.contains('installed package')
assert log.contains('nothing was written')
assert log.count('BUILD FAILURE') == 1
def eca = new File(basedir, 'force-app/main/default/externalClientApps')
assert !eca.exists() : 'all or nothing: no ECA file may be written'
assert !new File(basedir, 'manifest/package.xml').text.contains('ExternalClientApplication')
assert new File(basedir, 'target/eca/migrate-Billing_Bridge.md').text.contains('REFUSE')
return true

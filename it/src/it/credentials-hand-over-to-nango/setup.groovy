import io.github.ecamaven.eca.it.standin.ItCredentials
import io.github.ecamaven.eca.it.standin.ItOrg

ItOrg.start(basedir, [alias: 'it-creds-handover', sfExecutable: sfExecutable])
ItCredentials.apps(basedir, [[name: 'Nango_Integration', key: '3MVG9HANDOVERKEY', secret: 'PLANTEDSECRET4711HANDOVER']])
ItCredentials.nango(basedir, [keys: ['1f0c3a52-7d2e-4b8a-9c61-5e4f3a2b1c0d': 'full']])
// the changed-scopes execution runs sf in changed-scopes/, where the relative HOME (sf-home) must find the same login
def link = new File(basedir, 'changed-scopes/sf-home').toPath()
java.nio.file.Files.deleteIfExists(link)
java.nio.file.Files.createSymbolicLink(link, java.nio.file.Path.of('../sf-home'))
return true

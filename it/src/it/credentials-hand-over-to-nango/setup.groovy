import io.github.ecamaven.eca.it.standin.ItCredentials
import io.github.ecamaven.eca.it.standin.ItOrg

ItOrg.start(basedir, [alias: 'it-creds-handover', sfExecutable: sfExecutable,
                      sfHome: new File(basedir, 'sf-home').absolutePath])
ItCredentials.apps(basedir, [[name: 'Nango_Integration', key: '3MVG9HANDOVERKEY', secret: 'PLANTEDSECRET4711HANDOVER']])
ItCredentials.nango(basedir, [keys: ['1f0c3a52-7d2e-4b8a-9c61-5e4f3a2b1c0d': 'full']])
return true

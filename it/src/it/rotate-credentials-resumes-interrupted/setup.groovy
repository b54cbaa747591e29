import io.github.ecamaven.eca.it.standin.ItCredentials
import io.github.ecamaven.eca.it.standin.ItOrg

ItOrg.start(basedir, [alias: 'it-creds-resume', sfExecutable: sfExecutable])
// the state an interrupted run of plugin 0.1 left (ids only, no digests): a pair staged by it, Nango still on the
// old pair; the destination recorded is the one this run names (a resume keeps its destination)
ItCredentials.apps(basedir, [[name: 'Nango_Integration', key: '3MVG9RESUMEOLDKEY', secret: 'PLANTEDSECRET1999OLD',
                              staged: ['3MVG9RESUMENEWKEY', 'PLANTEDSECRET1999NEW', 'Active']]])
def nangoUrl = ItCredentials.nango(basedir, [keys: ['6e7f8091-a2b3-4d4e-8f5a-6b7c8d9e0f1a': 'full'],
                              integrations: [[unique_key: 'salesforce-it', client_id: '3MVG9RESUMEOLDKEY',
                                              client_secret: 'PLANTEDSECRET1999OLD', scopes: 'api,refresh_token']]])
def app = ItCredentials.orgState(basedir).Nango_Integration
def state = new File(basedir, 'target/eca/rotation.json')
state.parentFile.mkdirs()
state.text = """{
  "app" : "Nango_Integration",
  "targetOrg" : "it-creds-resume",
  "appId" : "${app.identifier}",
  "consumerId" : "${app.consumerId}",
  "stagedId" : "${app.stagedId}",
  "destination" : "Nango integration 'salesforce-it' at ${nangoUrl}",
  "destinationExisted" : true,
  "step" : "STAGED",
  "updated" : "2026-11-30T06:00:00Z"
}
"""
return true

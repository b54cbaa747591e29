import io.github.ecamaven.eca.it.standin.ItOrg

// the source org holds the app and its consumer (its id is the one of the project's orgScopedExternalApp and of
// eca.sourceOrgId); three more orgs: one linked by eca:deploy, one independent, one a customer deploys the bundle to
def source = ItOrg.start(basedir, [alias: 'it-formations-source', sfExecutable: sfExecutable,
        orgId: '00DFS0000000001AAA',
        apps: [[name: 'Nango_Integration', distributionState: 'Packaged',
                callbackUrl: 'https://api.nango.dev/oauth/callback', scopes: 'Api, RefreshToken', pkce: true]]])
ItOrg.start(basedir, [alias: 'it-formations-linked', sfExecutable: sfExecutable, devHub: false])
ItOrg.start(basedir, [alias: 'it-formations-own', sfExecutable: sfExecutable, devHub: false])
ItOrg.start(basedir, [alias: 'it-formations-customer', sfExecutable: sfExecutable, devHub: false])
// the OAuth settings as sf project retrieve start brings them from the source org: with the oauthLink Salesforce generated there
def oauth = new File(basedir, 'force-app/main/default/extlClntAppOauthSettings/Nango_Integration_oauth.ecaOauth-meta.xml')
oauth.parentFile.mkdirs()
oauth.text = """<?xml version="1.0" encoding="UTF-8"?>
<ExtlClntAppOauthSettings xmlns="http://soap.sforce.com/2006/04/metadata">
    <commaSeparatedOauthScopes>Api, RefreshToken</commaSeparatedOauthScopes>
    <externalClientApplication>Nango_Integration</externalClientApplication>
    <label>Nango_Integration_oauth</label>
    <oauthLink>${source.oauthLinks.Nango_Integration}</oauthLink>
</ExtlClntAppOauthSettings>
"""
return true

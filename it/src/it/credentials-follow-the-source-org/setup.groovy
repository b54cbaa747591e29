import io.github.ecamaven.eca.it.standin.ItCredentials
import io.github.ecamaven.eca.it.standin.ItOrg

def seed = { String name, String state ->
    [name: name, distributionState: state, callbackUrl: 'https://api.nango.dev/oauth/callback',
     scopes: 'Api, RefreshToken', pkce: true]
}
// the source org holds the Packaged app's one consumer; the sandbox, another org (as a sandbox linked to the source
// org's consumer is), holds no consumer of it, and a Local app of its own. Two orgs, so two sf logins: the IT stays short
def source = ItOrg.start(basedir, [alias: 'it-follow-source', sfExecutable: sfExecutable,
                                   apps: [seed('Nango_Integration', 'Packaged')]])
ItOrg.start(basedir, [alias: 'it-follow-sandbox', sfExecutable: sfExecutable, isSandbox: true,
                      apps: [seed('Sandbox_App', 'Local')]])
ItCredentials.nango(basedir, [keys: ['5d6e7f80-91a2-4c3d-8e4f-5a6b7c8d9e0f': 'full']])
// the committed OAuth settings name the source org's consumer, as a retrieve from the source org writes them
def oauth = new File(basedir, 'force-app/main/default/extlClntAppOauthSettings/Nango_Integration_oauth.ecaOauth-meta.xml')
oauth.text = oauth.text.replace('@OAUTH_LINK@', source.oauthLinks.Nango_Integration)
return true

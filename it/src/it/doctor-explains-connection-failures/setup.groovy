import io.github.ecamaven.eca.it.standin.ItCredentials
import io.github.ecamaven.eca.it.standin.ItOrg

// the source org holds the three apps and their consumers (its id is the one of the project's orgScopedExternalApp),
// Nango_Fresh deployed two minutes ago (the others long ago); a sandbox of a customer has none
ItOrg.start(basedir, [alias: 'it-doctor-source', sfExecutable: sfExecutable, orgId: '00DDR0000000001AAA',
        apps: [[name: 'Nango_Integration', distributionState: 'Local',
                callbackUrl: 'https://api.nango.dev/oauth/callback', scopes: 'Api, RefreshToken', pkce: true],
               [name: 'Nango_NoPkce', distributionState: 'Local',
                callbackUrl: 'https://api.nango.dev/oauth/callback', scopes: 'Api, RefreshToken', pkce: false],
               [name: 'Nango_Fresh', distributionState: 'Local', modifiedMinutesAgo: 2,
                callbackUrl: 'https://api.nango.dev/oauth/callback', scopes: 'Api, RefreshToken', pkce: true]]])
ItOrg.start(basedir, [alias: 'it-doctor-sandbox', sfExecutable: sfExecutable, devHub: false, isSandbox: true])
def held = ItCredentials.orgState(basedir, 'it-doctor-source')
// one integration with the source org's key; one with another org's key and a scope the app does not grant; one
// with the fresh app's key
ItCredentials.nango(basedir, [keys: ['6b1d2e8f-3c4a-4f5e-9a7b-0c1d2e3f4a5b': 'full'], integrations: [
        [unique_key: 'salesforce-fine', provider: 'salesforce', client_id: held.Nango_Integration.key,
         client_secret: held.Nango_Integration.secret, scopes: 'api,refresh_token'],
        [unique_key: 'salesforce-other', provider: 'salesforce', client_id: '3MVG9OTHERORGKEYDOCTORIT',
         client_secret: 'OTHERORGSECRETDOCTORIT', scopes: 'api,refresh_token,openid'],
        [unique_key: 'salesforce-fresh', provider: 'salesforce', client_id: held.Nango_Fresh.key,
         client_secret: held.Nango_Fresh.secret, scopes: 'api,refresh_token']]])
return true

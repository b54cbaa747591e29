def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
assert log.contains('E3') && log.contains('username-password flow')
assert log.contains('<pkceRequired>false</pkceRequired>') : 'emitPom prints the eca:generate configuration'
def dflt = new File(basedir, 'force-app/main/default')
def files = [
    'externalClientApps/Order_Sync.eca-meta.xml',
    'extlClntAppOauthSettings/Order_Sync_oauth.ecaOauth-meta.xml',
    'extlClntAppGlobalOauthSets/Order_Sync_glbloauth.ecaGlblOauth-meta.xml',
    'extlClntAppOauthPolicies/Order_Sync_oauthPlcy.ecaOauthPlcy-meta.xml',
    'extlClntAppPolicies/Order_Sync_plcy.ecaPlcy-meta.xml']
files.each { assert new File(dflt, it).isFile() : "missing $it" }
def gos = new File(dflt, files[2]).text
assert gos.contains('<isPkceRequired>false</isPkceRequired>')
assert !gos.contains('3MVGitFixtureKeyNotReal') : 'the consumer key is opt-in'
assert gos.contains('https://orders.example.org/oauth/callback\nhttps://orders-test.example.org/oauth/callback')
def op = new File(dflt, files[3]).text
assert op.contains('<ipRelaxationPolicyType>Enforce_relaxrefresh</ipRelaxationPolicyType>')
assert op.contains('<refreshTokenPolicyType>SpecificLifetime</refreshTokenPolicyType>')
assert op.contains('<refreshTokenValidityPeriod>90</refreshTokenValidityPeriod>')
assert op.contains('<refreshTokenValidityUnit>Days</refreshTokenValidityUnit>')
assert op.contains('<commaSeparatedPermissionSet>Order_Sync_Access</commaSeparatedPermissionSet>')
assert op.contains('<permittedUsersPolicyType>AdminApprovedPreAuthorized</permittedUsersPolicyType>')
assert new File(dflt, files[1]).text.contains('<commaSeparatedOauthScopes>Api, RefreshToken, SFApiPlatform</commaSeparatedOauthScopes>')
assert new File(dflt, 'connectedApps/Order_Sync.connectedApp-meta.xml').isFile() : 'source stays without removeSource'
def manifest = new File(basedir, 'manifest/package.xml').text
assert manifest.contains('<name>ExternalClientApplication</name>') && manifest.contains('<members>Order_Sync_oauthPlcy</members>')
def report = new File(basedir, 'target/eca/migrate-Order_Sync.md').text
assert report.contains('| oauthPolicy.refreshTokenPolicy |') && report.contains('.forceignore')
assert !new File(basedir, 'target/eca/migrate-Billing_Bridge.md').exists() : 'only the selected app is read'
return true

import groovy.json.JsonSlurper

def pkg = new File(basedir, 'force-app/main/default')
def org = new File(basedir, 'eca-org/main/default')
assert new File(pkg, 'externalClientApps/Nango_External.eca-meta.xml').text.contains('<distributionState>Packaged</distributionState>')
assert new File(pkg, 'extlClntAppOauthSettings/Nango_External_oauth.ecaOauth-meta.xml').text
        .contains('<commaSeparatedOauthScopes>Api, RefreshToken, OfflineAccess</commaSeparatedOauthScopes>')
['extlClntAppGlobalOauthSets/Nango_External_glbloauth.ecaGlblOauth-meta.xml',
 'extlClntAppOauthPolicies/Nango_External_oauthPlcy.ecaOauthPlcy-meta.xml',
 'extlClntAppPolicies/Nango_External_plcy.ecaPlcy-meta.xml'].each { f ->
    assert new File(org, f).isFile() : "not in eca-org: $f"
    assert !new File(pkg, f).exists() : "never packaged, but in force-app: $f"
}
def json = new JsonSlurper().parse(new File(basedir, 'sfdx-project.json'))
assert json.namespace == 'nangoext'
assert json.sourceApiVersion == '64.0' : "the project's own sourceApiVersion, never changed"
assert json.packageAliases['Nango External App'] == '0Ho000000000001AAA' : 'other keys are kept'
assert json.sfdcLoginUrl == 'https://login.salesforce.com'
def dirs = json.packageDirectories
assert dirs.size() == 2
assert dirs[0].path == 'force-app' && dirs[0].default == true
assert dirs[0].package == 'Nango External App'
assert dirs[0].versionNumber == '1.2.0.NEXT'
assert dirs[0].versionName == 'ver 1.2'
assert dirs[1].path == 'eca-org' && dirs[1].default == false && dirs[1].package == null
def manifest = new File(basedir, 'manifest/package.xml').text
assert manifest.contains('<members>Nango_External_glbloauth</members>')
return true
